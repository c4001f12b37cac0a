/*
 * native_runtime.c — natives of packages runtime and runtime/debug: Goexit
 * (deferred calls, then the goroutine ends), the scheduler's entries, and
 * the collector's (runtime/gc.c): GC, finalizers, SetGCPercent,
 * FreeOSMemory.
 */
#include "runtime/gc.h"
#include "runtime/sched.h"
#include "stdlib/native.h"

/* func Gosched() */
static void runtime_gosched(G *g, uint64_t *a)
{
    (void)a;
    rt_gosched(g);
}

/* func NumGoroutine() int */
static void runtime_numgoroutine(G *g, uint64_t *a)
{
    (void)g;
    a[0] = (uint64_t)rt_numgoroutine();
}

/* func GOMAXPROCS(n int) int */
static void runtime_gomaxprocs(G *g, uint64_t *a)
{
    a[0] = (uint64_t)rt_gomaxprocs(g, (int)(int64_t)a[0]);
}

/* func GC(): parks until the scheduler has stopped the world and collected */
static void runtime_gc(G *g, uint64_t *a)
{
    (void)a;
    rt_stw_request(g, STW_GC, 0);
}

/* func setFinalizer(obj any, finalizer any, fing func()) */
static void runtime_setfinalizer(G *g, uint64_t *a)
{
    GoEface obj = {(const RType *)a[0], (void *)a[1]}, fn = {(const RType *)a[2], (void *)a[3]};
    gc_set_finalizer(g, obj, fn, (Closure *)a[4]);
}

/* func runfinq1() bool */
static void runtime_runfinq1(G *g, uint64_t *a)
{
    a[0] = (uint64_t)gc_run_finalizer(g);
}

/* func fingwait() */
static void runtime_fingwait(G *g, uint64_t *a)
{
    (void)a;
    gc_fing_wait(g);
}

/* func SetGCPercent(percent int) int: Go passes it on as an int32 */
static void debug_setgcpercent(G *g, uint64_t *a)
{
    int32_t in = (int32_t)a[0];
    a[0] = (uint64_t)(int64_t)gc_set_percent(in);
    /* turned off: a mark phase under way ends first, so that no cycle is
     * running when it returns (Go's setGCPercent, gcWaitOnMark) */
    if (in < 0 && gc_is_marking())
        rt_stw_request(g, STW_GCMARKWAIT, 0);
}

/* func FreeOSMemory(): a forced collection, then free pages back to the OS */
static void debug_freeosmemory(G *g, uint64_t *a)
{
    (void)a;
    rt_stw_request(g, STW_GC | STW_SCAVENGE, 0);
}

/* func KeepAlive(x any): its argument is live up to the call, which is
 * all it has to do (go's is empty too) */
static void runtime_keepalive(G *g, uint64_t *a)
{
    (void)g;
    (void)a;
}

/* func ReadMemStats(m *MemStats): with the world stopped, as Go's */
static void runtime_readmemstats(G *g, uint64_t *a)
{
    if (!a[0])
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
    rt_read_memstats(g, (void *)a[0]);
}

/* func NumCPU() int */
static void runtime_numcpu(G *g, uint64_t *a)
{
    (void)g;
    a[0] = (uint64_t)rt_ncpu();
}

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
    {"runtime.Gosched", runtime_gosched},
    {"runtime.NumGoroutine", runtime_numgoroutine},
    {"runtime.GOMAXPROCS", runtime_gomaxprocs},
    {"runtime.NumCPU", runtime_numcpu},
    {"runtime.GC", runtime_gc},
    {"runtime.KeepAlive", runtime_keepalive},
    {"runtime.ReadMemStats", runtime_readmemstats},
    {"runtime.setFinalizer", runtime_setfinalizer},
    {"runtime.runfinq1", runtime_runfinq1},
    {"runtime.fingwait", runtime_fingwait},
    {"runtime/debug.SetGCPercent", debug_setgcpercent},
    {"runtime/debug.FreeOSMemory", debug_freeosmemory},
    {NULL, NULL},
};
