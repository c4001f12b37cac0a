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

/* func Breakpoint(): go executes a breakpoint trap; so does the report */
static void runtime_breakpoint(G *g, uint64_t *a)
{
    (void)a;
    rt_flush(g);
    rt_write(g, 2, "SIGTRAP: trace trap\n", 20);
    rt_fatal(g, "breakpoint");
}

const NativeDef natives_runtime[] = {
    {"runtime.Goexit", runtime_goexit},
    {"runtime.Breakpoint", runtime_breakpoint},
    {NULL, NULL},
};
