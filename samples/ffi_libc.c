/* ffi_libc.go in C: the reference output of the sample. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int by_length(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    size_t nx = strlen(x), ny = strlen(y);
    if (nx != ny)
        return (int)nx - (int)ny;
    return strcmp(x, y);
}

int main(void)
{
    const char *ss[] = {"", "go", "hello, world", "naïve"};
    for (int i = 0; i < 4; i++)
        printf("strlen(\"%s\") = %zu\n", ss[i], strlen(ss[i]));
    printf("getpid() == os.Getpid(): %s\n", getpid() == getpid() ? "true" : "false");
    char buf[8] = {0};
    strncpy(buf, "abcdefghijk", sizeof buf - 1);
    printf("strncpy into a Go buffer: \"");
    for (size_t i = 0; i < sizeof buf; i++)
        printf(buf[i] ? "%c" : "\\x00", buf[i]);
    printf("\"\n");
    int es[] = {1, 2, 13, 17};
    for (int i = 0; i < 4; i++)
        printf("strerror(%d) = %s\n", es[i], strerror(es[i]));
    printf("atol: %ld\n", atol("-9007199254740993"));
    const char *words[] = {"interpreter", "go", "lua", "c", "scheduler", "ffi", "callback"};
    qsort(words, 7, sizeof words[0], by_length);
    printf("qsort by length: [");
    for (int i = 0; i < 7; i++)
        printf(i ? " %s" : "%s", words[i]);
    printf("]\n");
    return 0;
}
