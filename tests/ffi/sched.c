/* The reference for sched.go: what a Go program with a blocking call in
 * system-call state prints (the C program cannot show the scheduler). */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    usleep(300000);
    printf("usleep returned after 300 ms: true\n");
    printf("main ran while C slept: true\n");
    return 0;
}
