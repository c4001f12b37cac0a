/*
 * native_runtime.c — natives of package runtime that the VM provides
 * without the scheduler: Goexit (deferred calls, then the goroutine ends).
 */
#include "stdlib/native.h"

/* func Goexit() */
static void runtime_goexit(G *g, uint64_t *a)
{
    (void)a;
    rt_goexit(g);
}

const NativeDef natives_runtime[] = {
    {"runtime.Goexit", runtime_goexit},
    {NULL, NULL},
};
