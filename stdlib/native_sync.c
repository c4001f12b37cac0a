/*
 * native_sync.c — natives of sync, sync/atomic and time over the
 * scheduler (runtime/sched.h): the semaphores and notify lists sync's Go
 * source (Go 1.19's, in stdlib/sync) sleeps on, every sync/atomic
 * operation (the typed atomics' methods share the functions: their value
 * is the struct's first word), atomic.Value as Go's value.go, and time's
 * Sleep, clock and timers.
 */
#include <sched.h>

#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"
#include "stdlib/native.h"

#define NILCHK(p) do { if (!(p)) rt_panic_runtime(g, "invalid memory address or nil pointer dereference"); } while (0)
#define SEQ __ATOMIC_SEQ_CST

/* ---- sync ---- */

static void sync_semacquire(G *g, uint64_t *a)
{
    rt_semacquire(g, (uint32_t *)a[0], 0, WR_SEMACQUIRE);
}

static void sync_semacquire_mutex(G *g, uint64_t *a)
{
    rt_semacquire(g, (uint32_t *)a[0], (int)a[1], WR_SEMACQUIRE);
}

static void sync_semrelease(G *g, uint64_t *a)
{
    rt_semrelease(g, (uint32_t *)a[0], (int)a[1]);
}

static void sync_nl_add(G *g, uint64_t *a)
{
    (void)g;
    a[0] = rt_notifylist_add((NotifyList *)a[0]);
}

static void sync_nl_wait(G *g, uint64_t *a)
{
    rt_notifylist_wait(g, (NotifyList *)a[0], (uint32_t)a[1]);
}

static void sync_nl_all(G *g, uint64_t *a)
{
    (void)g;
    rt_notifylist_notify_all((NotifyList *)a[0]);
}

static void sync_nl_one(G *g, uint64_t *a)
{
    (void)g;
    rt_notifylist_notify_one((NotifyList *)a[0]);
}

/* Go's sync_runtime_canSpin: a few rounds, only on a multicore machine
 * with another P running and nothing queued locally. */
static void sync_canspin(G *g, uint64_t *a)
{
    (void)g;
    a[0] = (int64_t)a[0] < 4 && rt_ncpu() > 1 && rt_gomaxprocs(g, 0) > 1;
}

static void sync_dospin(G *g, uint64_t *a)
{
    (void)g;
    (void)a;
    for (int i = 0; i < 30; i++) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }
}

/* Go's sync_runtime_registerPoolCleanup: every collection calls it first. */
static void sync_registerpoolcleanup(G *g, uint64_t *a)
{
    (void)g;
    gc_register_pool_cleanup((Closure *)a[0]);
}

static void sync_nanotime(G *g, uint64_t *a)
{
    (void)g;
    a[0] = (uint64_t)rt_nanotime();
}

static void sync_throw(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0);
    rt_fatal(g, "%.*s", (int)s.len, (const char *)s.ptr);
}

static void sync_procpin(G *g, uint64_t *a)
{
    a[0] = (uint64_t)rt_procpin(g);
}

static void sync_procunpin(G *g, uint64_t *a)
{
    (void)a;
    rt_procunpin(g);
}

static void sync_gomaxprocs(G *g, uint64_t *a)
{
    a[0] = (uint64_t)rt_gomaxprocs(g, 0);
}

/* ---- sync/atomic ---- */

#define ATOMIC_INT(Name, T, cast)                                                            \
    static void atomic_add##Name(G *g, uint64_t *a)                                         \
    {                                                                                        \
        T *p = (T *)a[0];                                                                    \
        NILCHK(p);                                                                           \
        a[0] = (uint64_t)cast __atomic_add_fetch(p, (T)a[1], SEQ);                          \
    }                                                                                        \
    static void atomic_load##Name(G *g, uint64_t *a)                                        \
    {                                                                                        \
        T *p = (T *)a[0];                                                                    \
        NILCHK(p);                                                                           \
        a[0] = (uint64_t)cast __atomic_load_n(p, SEQ);                                      \
    }                                                                                        \
    static void atomic_store##Name(G *g, uint64_t *a)                                       \
    {                                                                                        \
        T *p = (T *)a[0];                                                                    \
        NILCHK(p);                                                                           \
        __atomic_store_n(p, (T)a[1], SEQ);                                                  \
    }                                                                                        \
    static void atomic_swap##Name(G *g, uint64_t *a)                                        \
    {                                                                                        \
        T *p = (T *)a[0];                                                                    \
        NILCHK(p);                                                                           \
        a[0] = (uint64_t)cast __atomic_exchange_n(p, (T)a[1], SEQ);                         \
    }                                                                                        \
    static void atomic_cas##Name(G *g, uint64_t *a)                                         \
    {                                                                                        \
        T *p = (T *)a[0];                                                                    \
        NILCHK(p);                                                                           \
        T old = (T)a[1];                                                                     \
        a[0] = __atomic_compare_exchange_n(p, &old, (T)a[2], 0, SEQ, SEQ);                   \
    }

ATOMIC_INT(Int32, int32_t, (int64_t))
ATOMIC_INT(Int64, int64_t, (int64_t))
ATOMIC_INT(Uint32, uint32_t, (uint64_t))
ATOMIC_INT(Uint64, uint64_t, (uint64_t))

/* unsafe.Pointer stores: with the write barrier (gc.h) */
static void atomic_storePointer(G *g, uint64_t *a)
{
    uint64_t *p = (uint64_t *)a[0];
    NILCHK(p);
    gc_wb_slot(p);
    __atomic_store_n(p, a[1], SEQ);
}

static void atomic_swapPointer(G *g, uint64_t *a)
{
    uint64_t *p = (uint64_t *)a[0];
    NILCHK(p);
    gc_wb_slot(p);
    a[0] = __atomic_exchange_n(p, a[1], SEQ);
}

static void atomic_casPointer(G *g, uint64_t *a)
{
    uint64_t *p = (uint64_t *)a[0];
    NILCHK(p);
    uint64_t old = a[1];
    gc_shade((uintptr_t)old);   /* what a successful swap overwrites */
    a[0] = __atomic_compare_exchange_n(p, &old, a[2], 0, SEQ, SEQ);
}

/* atomic.Bool holds a uint32 */
static void atomic_loadBool(G *g, uint64_t *a)
{
    uint32_t *p = (uint32_t *)a[0];
    NILCHK(p);
    a[0] = __atomic_load_n(p, SEQ) != 0;
}

static void atomic_swapBool(G *g, uint64_t *a)
{
    uint32_t *p = (uint32_t *)a[0];
    NILCHK(p);
    a[0] = __atomic_exchange_n(p, (uint32_t)a[1], SEQ) != 0;
}

/* ---- atomic.Value (Go's value.go: ifaceWords and the first-store marker) ---- */

static const uint8_t first_store_in_progress;
#define FIRST ((uint64_t)(uintptr_t)&first_store_in_progress)

static void value_load(G *g, uint64_t *a)
{
    uint64_t *vp = (uint64_t *)a[0];
    NILCHK(vp);
    uint64_t typ = __atomic_load_n(&vp[0], SEQ);
    if (typ == 0 || typ == FIRST) {
        a[0] = a[1] = 0;
        return;
    }
    a[1] = __atomic_load_n(&vp[1], SEQ);
    a[0] = typ;
}

/* Store/Swap (swap: return the old value) */
static void value_store_swap(G *g, uint64_t *a, int swap)
{
    uint64_t *vp = (uint64_t *)a[0];
    uint64_t ntyp = a[1], ndata = a[2];
    if (!ntyp)
        rt_panic_string(g, swap ? "sync/atomic: swap of nil value into Value"
                                : "sync/atomic: store of nil value into Value");
    NILCHK(vp);
    for (;;) {
        uint64_t typ = __atomic_load_n(&vp[0], SEQ);
        if (typ == 0) {
            rt_procpin(g);
            uint64_t zero = 0;
            if (!__atomic_compare_exchange_n(&vp[0], &zero, FIRST, 0, SEQ, SEQ)) {
                rt_procunpin(g);
                continue;
            }
            __atomic_store_n(&vp[1], ndata, SEQ);
            __atomic_store_n(&vp[0], ntyp, SEQ);
            rt_procunpin(g);
            a[0] = a[1] = 0;
            return;
        }
        if (typ == FIRST) {
            sched_yield();
            continue;
        }
        if (typ != ntyp)
            rt_panic_string(g, swap ? "sync/atomic: swap of inconsistently typed value into Value"
                                    : "sync/atomic: store of inconsistently typed value into Value");
        gc_wb_slot(&vp[1]);
        uint64_t old = __atomic_exchange_n(&vp[1], ndata, SEQ);
        a[0] = typ;
        a[1] = old;
        return;
    }
}

static void value_store(G *g, uint64_t *a) { value_store_swap(g, a, 0); }
static void value_swap(G *g, uint64_t *a) { value_store_swap(g, a, 1); }

static void value_cas(G *g, uint64_t *a)
{
    uint64_t *vp = (uint64_t *)a[0];
    uint64_t otyp = a[1], odata = a[2], ntyp = a[3], ndata = a[4];
    if (!ntyp)
        rt_panic_string(g, "sync/atomic: compare and swap of nil value into Value");
    if (otyp && ntyp != otyp)
        rt_panic_string(g, "sync/atomic: compare and swap of inconsistently typed values");
    NILCHK(vp);
    for (;;) {
        uint64_t typ = __atomic_load_n(&vp[0], SEQ);
        if (typ == 0) {
            if (otyp) {
                a[0] = 0;
                return;
            }
            rt_procpin(g);
            uint64_t zero = 0;
            if (!__atomic_compare_exchange_n(&vp[0], &zero, FIRST, 0, SEQ, SEQ)) {
                rt_procunpin(g);
                continue;
            }
            __atomic_store_n(&vp[1], ndata, SEQ);
            __atomic_store_n(&vp[0], ntyp, SEQ);
            rt_procunpin(g);
            a[0] = 1;
            return;
        }
        if (typ == FIRST) {
            sched_yield();
            continue;
        }
        if (typ != ntyp)
            rt_panic_string(g, "sync/atomic: compare and swap of inconsistently typed value into Value");
        uint64_t data = __atomic_load_n(&vp[1], SEQ);
        /* compare current and old as interfaces (runtime equality) */
        if (otyp != typ || !rt_efaceeq(g, (const RType *)typ, &data, &odata)) {
            a[0] = 0;
            return;
        }
        gc_shade((uintptr_t)data);
        a[0] = __atomic_compare_exchange_n(&vp[1], &data, ndata, 0, SEQ, SEQ);
        return;
    }
}

/* ---- time ---- */

static void time_sleep(G *g, uint64_t *a)
{
    rt_sleep(g, (int64_t)a[0]);
}

static void time_now(G *g, uint64_t *a)
{
    (void)g;
    uint64_t wall;
    int64_t ext;
    rt_time_now(&wall, &ext);
    a[0] = wall;
    a[1] = (uint64_t)ext;
}

static void time_runtimenano(G *g, uint64_t *a)
{
    (void)g;
    a[0] = (uint64_t)(rt_nanotime() - rt_start_nanotime());
}

static int64_t when(int64_t d)
{
    int64_t now = rt_nanotime();
    if (d <= 0)
        return now;
    int64_t t = now + d;
    return t < now ? INT64_MAX : t;   /* overflow: Go's maxWhen */
}

/* func newTimer(d, period Duration, c chan Time, f func(), loc *Location) *runtimeTimer */
static void time_newtimer(G *g, uint64_t *a)
{
    static const PtrLayout timer_layout = {
        PTR_WORD(Timer, c) | PTR_WORD(Timer, fn) | PTR_WORD(Timer, loc), PTR_WORDS(Timer), 0, NULL};
    Timer *t = rt_alloc_layout(g, sizeof(Timer), &timer_layout);
    t->c = (Hchan *)a[2];
    t->fn = (Closure *)a[3];
    t->loc = (void *)a[4];
    t->kind = t->c ? TK_SENDTIME : TK_GOFUNC;
    t->when = when((int64_t)a[0]);
    t->period = (int64_t)a[1];
    timer_add(g, t);
    a[0] = (uint64_t)t;
}

static void time_stoptimer(G *g, uint64_t *a)
{
    Timer *t = (Timer *)a[0];
    NILCHK(t);
    a[0] = (uint64_t)timer_del(t);
}

static void time_resettimer(G *g, uint64_t *a)
{
    Timer *t = (Timer *)a[0];
    NILCHK(t);
    a[0] = (uint64_t)timer_mod(g, t, when((int64_t)a[1]), (int64_t)a[2]);
}

const NativeDef natives_sync[] = {
    {"sync.runtime_Semacquire", sync_semacquire},
    {"sync.runtime_SemacquireMutex", sync_semacquire_mutex},
    {"sync.runtime_Semrelease", sync_semrelease},
    {"sync.runtime_notifyListAdd", sync_nl_add},
    {"sync.runtime_notifyListWait", sync_nl_wait},
    {"sync.runtime_notifyListNotifyAll", sync_nl_all},
    {"sync.runtime_notifyListNotifyOne", sync_nl_one},
    {"sync.runtime_canSpin", sync_canspin},
    {"sync.runtime_doSpin", sync_dospin},
    {"sync.runtime_nanotime", sync_nanotime},
    {"sync.runtime_procPin", sync_procpin},
    {"sync.runtime_procUnpin", sync_procunpin},
    {"sync.runtime_GOMAXPROCS", sync_gomaxprocs},
    {"sync.throw", sync_throw},
    {"sync.runtime_registerPoolCleanup", sync_registerpoolcleanup},
#define FNS(Name)                                                   \
    {"sync/atomic.Add" #Name, atomic_add##Name},                    \
    {"sync/atomic.Load" #Name, atomic_load##Name},                  \
    {"sync/atomic.Store" #Name, atomic_store##Name},                \
    {"sync/atomic.Swap" #Name, atomic_swap##Name},                  \
    {"sync/atomic.CompareAndSwap" #Name, atomic_cas##Name},         \
    {"sync/atomic.(*" #Name ").Add", atomic_add##Name},             \
    {"sync/atomic.(*" #Name ").Load", atomic_load##Name},           \
    {"sync/atomic.(*" #Name ").Store", atomic_store##Name},         \
    {"sync/atomic.(*" #Name ").Swap", atomic_swap##Name},           \
    {"sync/atomic.(*" #Name ").CompareAndSwap", atomic_cas##Name},
    FNS(Int32) FNS(Int64) FNS(Uint32) FNS(Uint64)
#undef FNS
    {"sync/atomic.AddUintptr", atomic_addUint64},
    {"sync/atomic.LoadUintptr", atomic_loadUint64},
    {"sync/atomic.StoreUintptr", atomic_storeUint64},
    {"sync/atomic.SwapUintptr", atomic_swapUint64},
    {"sync/atomic.CompareAndSwapUintptr", atomic_casUint64},
    {"sync/atomic.(*Uintptr).Add", atomic_addUint64},
    {"sync/atomic.(*Uintptr).Load", atomic_loadUint64},
    {"sync/atomic.(*Uintptr).Store", atomic_storeUint64},
    {"sync/atomic.(*Uintptr).Swap", atomic_swapUint64},
    {"sync/atomic.(*Uintptr).CompareAndSwap", atomic_casUint64},
    {"sync/atomic.LoadPointer", atomic_loadUint64},
    {"sync/atomic.StorePointer", atomic_storePointer},
    {"sync/atomic.SwapPointer", atomic_swapPointer},
    {"sync/atomic.CompareAndSwapPointer", atomic_casPointer},
    {"sync/atomic.(*Bool).Load", atomic_loadBool},
    {"sync/atomic.(*Bool).Store", atomic_storeUint32},
    {"sync/atomic.(*Bool).Swap", atomic_swapBool},
    {"sync/atomic.(*Bool).CompareAndSwap", atomic_casUint32},
    {"sync/atomic.(*Value).Load", value_load},
    {"sync/atomic.(*Value).Store", value_store},
    {"sync/atomic.(*Value).Swap", value_swap},
    {"sync/atomic.(*Value).CompareAndSwap", value_cas},
    {"time.Sleep", time_sleep},
    {"time.now", time_now},
    {"time.runtimeNano", time_runtimenano},
    {"time.newTimer", time_newtimer},
    {"time.stopTimer", time_stoptimer},
    {"time.resetTimer", time_resettimer},
    {NULL, NULL},
};
