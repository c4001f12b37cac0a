/* The reference for crash.go: C's strlen(NULL) would end with SIGSEGV, which
 * golite reports as Go does (crash.lines holds the lines required); this
 * prints the output before the crash and exits with Go's status for it. */
#include <stdio.h>

int main(void)
{
    printf("before the crash\n");
    fflush(stdout);
    fprintf(stderr, "to stderr\n");
    printf("unterminated line");
    return 2;
}
