/*
 * gc.c — Go's garbage collector (runtime/mgc.go, mgcmark.go, mbarrier.go;
 * seeds 000 §2, 002 垃圾回收, 003 §28–29): non-moving, concurrent,
 * tri-colour mark and sweep over malloc.c's spans, with Go's pacing,
 * finalizers, sync.Pool cleanup and GODEBUG=gctrace. gc.h states the
 * invariant and why the barrier keeps it.
 *
 * A cycle, as Go's phases:
 *   sweep termination (the world stopped: gc_stopped) — the last cycle's
 *     sweep finished (usually done already), the Ps' caches flushed into
 *     their spans, sync.Pool's poolCleanup (Go's clearpools),
 *     the roots counted, then gc_marking on: from here the write barrier
 *     shades and allocation is black;
 *   concurrent mark (the world running) — the roots are jobs taken in
 *     turn by whoever marks: the globals in 64 KB pieces, the finalizer
 *     records, each P's timers, and every goroutine's stack, one at a time:
 *     the mark worker claims a goroutine that is parked or runnable (its
 *     gcscan word, cycle << 1 | 1 while it is being scanned) and scans its
 *     VM stack, frame region, defer and panic chains, sudogs and timer; the
 *     scheduler scans any goroutine not yet scanned before it lets it run
 *     (gc_scan_before_run: a goroutine about to run waits for a worker that
 *     is scanning it). Grey objects sit in per-P buffers (GcWork, no
 *     locks) and a global list of WorkBufs; marking takes an object, scans
 *     its words and greys what they point to. Who marks: a P's 25% share
 *     (gc_background_work: in schedule(), while the P's marking time is
 *     below a quarter of the mark phase's — with GOMAXPROCS = 1 or 2 this
 *     is Go's fractional worker, with 4 one P's worth), idle Ps (gc_idle_work:
 *     findrunnable with nothing to run, until a goroutine is runnable), and
 *     assists: a goroutine that allocates while marking owes scan work in
 *     proportion (the assist ratio: last cycle's scan work over the heap
 *     left before the goal), paid first from the workers' credit, then by
 *     marking itself (gc_alloc_marking);
 *   mark termination (the world stopped) — asked for by whoever finds no
 *     grey object, no root job and no unscanned stack; with the world
 *     stopped the Ps' buffers are flushed and the C roots (timers, finalizer
 *     records) scanned again: if that finds grey objects, or a goroutine
 *     still to scan, marking goes on (the world restarts; Go's gcMarkDone
 *     does the same). Else: unmarked objects with finalizers queued,
 *     gc_marking off, the sweep flipped (malloc.c's sweep_flip: every span
 *     is unswept from here and is swept lazily, before it is reused, by
 *     the Ps with nothing to run, or with the world stopped when the next
 *     cycle starts), the next goal;
 *   concurrent sweep (the world running) — see malloc.c.
 * A stop of the world lasts some tens of microseconds: no stack is scanned
 * in it (except a goroutine's that no worker could reach), no object is
 * traced beyond the C roots, nothing is swept unless the program allocated
 * too little since the last cycle for the lazy sweep to finish.
 *
 * When: runtime.GC() (it waits for a whole cycle to end, a new one if one
 * is running), debug.FreeOSMemory (the same, then the scavenger), once the
 * heap in use passes the trigger, and when sysmon finds that none has run
 * for two minutes (Go's forcegcperiod; as Go's gcTriggerTime, only after a
 * first collection and with GOGC on).
 *
 * Pacing is Go 1.19's: goal = live + (live + stacks + globals) × GOGC/100,
 * at least 4 MB × GOGC/100, where live is the bytes marked by the last
 * cycle; a cycle starts when malloc.c's heap live counter (Go's heapLive:
 * the bytes marked, plus the spans handed to caches and large objects
 * since) passes the trigger, 70% of the way from live to the goal (Go's
 * minimum trigger), so that marking ends near the goal; after a cycle the
 * trigger and goal are at least 1 MB above the live heap (Go's sweep
 * distance, which matters only for small GOGC). GOGC comes from the environment ("off", or Go's atoi32; anything
 * else means 100, as readGOGC) through the setter debug.SetGCPercent uses,
 * which recomputes the goal at once.
 *
 * What is scanned precisely, and what conservatively:
 *   - heap objects precisely: every allocation that may hold pointers
 *     writes its words' pointer bits into the heap bitmap (malloc.c,
 *     Go's heapBitsSetType) from its type — rt_alloc's RType, a slice's
 *     or channel buffer's element type repeated, a map's bucket layout,
 *     the runtime structures' own PtrLayouts (rt.h) — and marking reads
 *     only those words (scan_object); noscan spans are not read at all;
 *   - package variables precisely, from the compiler's mask of their
 *     pointer words (Program.globals_ptrmask);
 *   - the runtime's C structures (timers, sudogs, finalizer records, a
 *     G's defer and panic chains) field by field;
 *   - conservatively, as the issue allows for stack slots only: VM stacks
 *     (the used part, below the innermost frame's registers — registers
 *     hold no type), frame regions (a frame's storage that escape analysis
 *     kept off the heap), and the argument words of a deferred call (a
 *     Defer record's copy of registers). A word there that points into an
 *     allocated object (interior pointers included) marks it, so a dead
 *     temporary can keep an object for a cycle; nothing a pointer reaches
 *     is freed.
 * The write barrier's shading of overwritten words (gc_shade_range) reads
 * a heap destination through the bitmap too.
 *
 * Finalizers (Go's mfinal.go). A table keyed by object address holds one
 * record per object (Go keeps "specials" on the span; the address is the
 * object's start, or inside a 16-byte tiny block for a pointer-free object
 * the tiny allocator placed there, as Go allows). The records are roots in
 * Go's way: their functions are marked, and what each object points to is
 * scanned — not the object itself, which is reachable or not on its own.
 * A record added while marking has them shaded at once (Go's addfinalizer).
 * At mark termination an unmarked object's record moves to the queue and
 * the object is marked: it and what it points to survive this cycle, the
 * queue keeps them until its finalizer has run, and the next cycle frees
 * them if nothing else holds them. (So, as in Go, an object with a
 * finalizer in a cycle of references is never finalized.) The finalizer
 * goroutine, started with the first SetFinalizer, takes the queue newest
 * first (Go's order) and calls one finalizer at a time in a nested VM
 * entry (vm_call, as fmt calls String()); a finalizer that blocks keeps
 * its M asleep with it. With nothing queued it parks in "finalizer wait",
 * where NumGoroutine, deadlock detection and tracebacks leave it out
 * (sched.c's runtime goroutines). fin.lock guards the table, the queue and
 * fingwait.
 *
 * sync.Pool. Go's collector calls sync's poolCleanup (registered by sync's
 * init through runtime_registerPoolCleanup) with the world stopped, before
 * marking, so pooled objects move to the victim caches and those of the
 * cycle before are dropped. golite runs the same Go function in sweep
 * termination, on a G of the collector's own (gc.gc_g) through vm_call:
 * no goroutine runs, and poolCleanup neither allocates nor blocks nor
 * calls natives (Go's own rule for it: "must not allocate and probably
 * should not call any runtime functions"), so the VM needs nothing from
 * the scheduler there — its safepoints ignore a nested entry, and the G is
 * nobody's to preempt.
 *
 * Known holes, written down: a goroutine parked inside a nested VM entry
 * (fmt calling String() that blocks) keeps C frames whose locals are not
 * scanned; old stack blocks kept for a running native (grow_stack) are not
 * scanned.
 *
 * GOLITE_GC_STRESS=N, or GODEBUG=gcstress=N, starts a cycle every N new
 * spans (1: at every one) while GOGC is on — with concurrent marking that
 * keeps the barrier on nearly all the time; GOLITE_FORCEGC_MS=N makes
 * sysmon's forced-collection period N ms instead of two minutes (for tests).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/gc.h"
#include "runtime/malloc.h"
#include "runtime/proc.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"
#include "util/mem.h"
#include "vm/vm.h"

/* The marker reads words the program writes meanwhile (it scans heap
 * objects and greys what they hold while goroutines store into them):
 * those reads are the collector's business, as Go does not instrument its
 * runtime for the race detector, and the barrier makes them safe. */
#if defined(__SANITIZE_THREAD__)
#define NO_TSAN __attribute__((no_sanitize("thread")))
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define NO_TSAN __attribute__((no_sanitize("thread")))
#endif
#endif
#ifndef NO_TSAN
#define NO_TSAN
#endif

#define HEAP_MINIMUM ((uint64_t)4 << 20)        /* the goal's floor at GOGC=100 (Go's defaultHeapMinimum) */
#define FORCEGC_PERIOD ((int64_t)120 * 1000000000)
#define GLOBALS_CHUNK ((size_t)64 << 10)        /* a root job of globals */
#define WORKER_SLICE_NS 500000                  /* a background or idle slice at most */
#define OBLET ((size_t)128 << 10)               /* large objects are scanned in pieces of this */

uint32_t gc_marking;

/* Grey objects beyond the Ps' buffers (Go's work.full). */
#define WB_OBJS (GCW_CAP / 2)   /* a full GcWork gives half */
typedef struct WorkBuf {
    struct WorkBuf *next;
    int64_t n;
    uintptr_t obj[WB_OBJS];
} WorkBuf;

/* Phase times of one cycle (rt_nanotime): the world stopped at tstop (Go's
 * tSweepTerm), marking ran from tmark to tmarkterm, the cycle ended at tend. */
typedef struct Cycle {
    int64_t tstop, tmark, tmarkterm, tend;
    int64_t stwterm;            /* mark termination's pauses (with the ones that went on marking) */
    uint64_t heap0, heap1, heap2, goal;
    int forced;
} Cycle;

static struct {
    uint32_t request;           /* atomic: a cycle is wanted */
    uint32_t markdone;          /* atomic: marking found no more work: stop the world to end it */
    int32_t gogc;               /* atomic: GOGC; -1 off */
    uint64_t next_gc;           /* atomic: the heap goal in bytes */
    uint64_t trigger;           /* atomic: the heap in use that starts a cycle */
    RtLock pace_lock;            /* gc_set_percent's read-modify-write of the three */
    int stress;                 /* collect every `stress` new spans */
    int64_t forcegc_period;
    int gctrace;
    /* what the goal is computed from (the last cycle's) */
    uint64_t live, stack_bytes, globals_bytes;
    /* statistics (ReadMemStats, gctrace) */
    uint64_t numgc, nforced;
    uint64_t last_unix_ns;
    int64_t last_mono;          /* atomic: rt_nanotime at the end of the last cycle; 0: none yet */
    uint64_t pause_total_ns, pause_ns[256], pause_end[256];
    int64_t total_cpu;          /* the CPU time the cycles took from the program (Go's work.totaltime) */
    double cpu_fraction;
    Buf trace;                  /* the last cycle's gctrace line, printed after the restart */
    /* the cycle in progress */
    uint32_t cycle;             /* atomic: the current or last cycle's number (goroutines' gcscan) */
    Cycle cur;
    int restarted;              /* after the stop: 1 marking began, 3 marking goes on, 2 a cycle ended */
    int64_t stop_end;           /* when the stop's work ended (the restart's time is added to the pause) */
    uint64_t marked;            /* atomic: bytes of the objects marked this cycle (flushed from GcWorks) */
    uint64_t stack_scan;        /* atomic: bytes of VM stacks scanned this cycle */
    int64_t bg_ns;              /* atomic: time of background marking (the 25% share) */
    int64_t idle_ns;            /* atomic: of idle marking */
    int64_t assist_ns;          /* atomic: of assists */
    int64_t bg_credit;          /* atomic: scan work done by workers that assists may count as theirs */
    double assist_ratio;        /* scan work owed per byte allocated */
    int nprocs;                 /* GOMAXPROCS for the cycle (the world stopped at its start) */
    /* root jobs: globals pieces, then finalizer records, then the Ps' timers */
    uint32_t root_next;         /* atomic */
    uint32_t nroot_glob, nroots;   /* nroots atomic: sysmon reads it, and sysmon never stops */
    int64_t mark_start;         /* atomic: rt_nanotime when marking began (cur.tmark) */
    int64_t g_next;             /* atomic: the next goroutine (allgs index) a worker tries */
    int64_t pending_stacks;     /* atomic: goroutines whose stacks are still to scan */
    int64_t nbusy;              /* atomic: markers holding grey objects */
    uint32_t nidle;             /* atomic: idle Ps marking */
    RtLock work_lock;
    WorkBuf *full, *empty;      /* grey objects; spare buffers */
    uint32_t nfull;             /* atomic */
    /* runtime.GC and debug.FreeOSMemory */
    G *waiters;                 /* parked until cycle `wait_cycle` has ended (runtime.GC, SetGCPercent(-1)) */
    uint32_t wait_cycle;
    G *ready;                   /* waiters to ready after the restart */
    /* sync.Pool */
    Closure *pool_cleanup;      /* atomic: sync.poolCleanup once sync is initialised */
    G *gc_g;                    /* the collector's G for running it */
} gc = {.gogc = 100, .next_gc = HEAP_MINIMUM, .trigger = HEAP_MINIMUM * 7 / 10};

/* One finalizer (Go's specialfinalizer and finalizer). */
typedef struct Finalizer {
    uintptr_t obj;              /* 0: an empty slot of the table */
    Closure *fn;
    const RType *fint;          /* fn's parameter type */
    const RType *ot;            /* obj's type, a pointer type */
} Finalizer;

static struct {
    RtLock lock;
    Finalizer *tab;             /* by obj: open addressing, linear probing; cap a power of 2 */
    size_t cap, n;
    Finalizer *q;               /* queued by collections, to run (newest last) */
    size_t nq, capq;
    G *fing;                    /* the finalizer goroutine, once started */
    int fingwait;               /* it is parked (or parking) in finalizer wait */
} fin;

/* ---- pacing ---- */

/* Go's atoi32: an optional '-' and decimal digits that fit in an int32. */
static int atoi32(const char *s, int32_t *out)
{
    int neg = *s == '-';
    s += neg;
    if (!*s)
        return 0;
    int64_t n = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || n > (INT32_MAX - (*s - '0')) / 10)
            return 0;
        n = n * 10 + (*s - '0');
    }
    *out = (int32_t)(neg ? -n : n);
    return 1;
}

/* Go 1.19's heap goal for GOGC gogc (gcControllerState.commit). With
 * GOGC off Go's goal is the memory limit's, math.MaxInt64 when no limit is
 * set (golite has no debug.SetMemoryLimit): never reached. */
static uint64_t heap_goal(int32_t gogc)
{
    if (gogc < 0)
        return (uint64_t)INT64_MAX;
    uint64_t goal = gc.live + (gc.live + gc.stack_bytes + gc.globals_bytes) * (uint64_t)gogc / 100;
    uint64_t floor = HEAP_MINIMUM * (uint64_t)gogc / 100;
    return goal < floor ? floor : goal;
}

#define SWEEP_MIN_HEAP_DISTANCE ((uint64_t)1 << 20)    /* Go's sweepMinHeapDistance */

/* The goal and the trigger for gogc (gc.pace_lock held). The trigger is
 * Go's lowest: 70% of the way from the live heap to the goal. After a
 * cycle (sweeping: the sweep has just begun) the trigger is at least 1 MB
 * above the live heap, and the goal with it, as Go's commit gives the
 * sweeper runway (sweepDistMinTrigger): with a small GOGC the cycles would
 * otherwise follow each other every few kilobytes. */
static void set_goal(int32_t gogc, int sweeping)
{
    uint64_t goal = heap_goal(gogc);
    uint64_t mintrig = 0;
    if (gogc >= 0 && sweeping) {
        mintrig = gc.live + SWEEP_MIN_HEAP_DISTANCE;
        if (goal < mintrig)
            goal = mintrig;
    }
    uint64_t trigger = gogc < 0 ? goal : gc.live + (goal > gc.live ? (goal - gc.live) * 7 / 10 : 0);
    if (trigger < mintrig)
        trigger = mintrig;
    /* store-release: an allocation that reads them sees them whole */
    __atomic_store_n(&gc.next_gc, goal, __ATOMIC_RELEASE);
    __atomic_store_n(&gc.trigger, trigger, __ATOMIC_RELEASE);
}

int gc_set_percent(int percent)
{
    int32_t in = percent < 0 ? -1 : (int32_t)percent;
    rt_lock(&gc.pace_lock);
    int32_t out = __atomic_load_n(&gc.gogc, __ATOMIC_RELAXED);
    __atomic_store_n(&gc.gogc, in, __ATOMIC_RELAXED);
    set_goal(in, 0);
    rt_unlock(&gc.pace_lock);
    return out;
}

void gc_init(void)
{
    const char *s = getenv("GOGC");
    int32_t gogc = 100;     /* anything but "off" or a number leaves it, as Go's readGOGC */
    if (s && !strcmp(s, "off"))
        gogc = -1;
    else if (s)
        atoi32(s, &gogc);
    gc_set_percent(gogc);
    gc.gctrace = (int)rt_godebug("gctrace", 0);
    s = getenv("GOLITE_GC_STRESS");
    if (s && *s)
        gc.stress = atoi(s) > 0 ? atoi(s) : 1;
    int64_t gs = rt_godebug("gcstress", 0);     /* the issue's spelling: GODEBUG=gcstress=N */
    if (gs > 0)
        gc.stress = (int)gs;
    s = getenv("GOLITE_FORCEGC_MS");
    gc.forcegc_period = s && atol(s) > 0 ? (int64_t)atol(s) * 1000000 : FORCEGC_PERIOD;
}

/* malloc.c, whenever the heap live counter grows (a span handed to a
 * cache, a large object): past the trigger? Stress mode collects
 * regardless of the goal, every gc.stress spans, but not with GOGC off:
 * that is the program's own choice (debug.SetGCPercent(-1)), which tests
 * check. */
void gc_note_heap(uint64_t live)
{
    static uint64_t nspans;
    if (gc.stress && __atomic_load_n(&gc.gogc, __ATOMIC_RELAXED) >= 0) {
        if (__atomic_add_fetch(&nspans, 1, __ATOMIC_RELAXED) % (uint64_t)gc.stress == 0)
            __atomic_store_n(&gc.request, 1, __ATOMIC_RELEASE);
        return;
    }
    if (live > __atomic_load_n(&gc.trigger, __ATOMIC_ACQUIRE) && !__atomic_load_n(&gc.request, __ATOMIC_RELAXED))
        __atomic_store_n(&gc.request, 1, __ATOMIC_RELEASE);
}

/* Is there a step for a stopped world: a cycle to start (none running),
 * or marking to end? */
int gc_requested(void)
{
    /* markdone may be left from a mark phase that has ended meanwhile
     * (sysmon's look raced with the end): only a running one counts */
    if (__atomic_load_n(&gc_marking, __ATOMIC_ACQUIRE))
        return __atomic_load_n(&gc.markdone, __ATOMIC_ACQUIRE) != 0;
    return __atomic_load_n(&gc.request, __ATOMIC_ACQUIRE) != 0;
}

int gc_force_due(int64_t now)
{
    int64_t last = __atomic_load_n(&gc.last_mono, __ATOMIC_ACQUIRE);
    if (__atomic_load_n(&gc.gogc, __ATOMIC_RELAXED) < 0 || last == 0 ||
        now - last <= gc.forcegc_period || gc_requested() || __atomic_load_n(&gc_marking, __ATOMIC_ACQUIRE))
        return 0;
    __atomic_store_n(&gc.request, 1, __ATOMIC_RELEASE);
    return 1;
}


static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

/* ---- grey objects ---- */

static void work_put(const uintptr_t *objs, int n)
{
    rt_lock(&gc.work_lock);
    WorkBuf *b = gc.empty;
    if (b)
        gc.empty = b->next;
    rt_unlock(&gc.work_lock);
    if (!b)
        b = xmalloc(sizeof *b);
    memcpy(b->obj, objs, (size_t)n * sizeof *objs);
    b->n = n;
    rt_lock(&gc.work_lock);
    b->next = gc.full;
    gc.full = b;
    __atomic_store_n(&gc.nfull, gc.nfull + 1, __ATOMIC_RELEASE);
    rt_unlock(&gc.work_lock);
}

/* Refills an empty w from the global list; 0 when that is empty too. */
static int work_get(GcWork *w)
{
    if (!__atomic_load_n(&gc.nfull, __ATOMIC_ACQUIRE))
        return 0;
    rt_lock(&gc.work_lock);
    WorkBuf *b = gc.full;
    if (b) {
        gc.full = b->next;
        __atomic_store_n(&gc.nfull, gc.nfull - 1, __ATOMIC_RELEASE);
    }
    rt_unlock(&gc.work_lock);
    if (!b)
        return 0;
    memcpy(w->obj, b->obj, (size_t)b->n * sizeof *b->obj);
    w->n = (int)b->n;
    rt_lock(&gc.work_lock);
    b->next = gc.empty;
    gc.empty = b;
    rt_unlock(&gc.work_lock);
    return 1;
}

static void gcw_push(GcWork *w, uintptr_t obj)
{
    if (__builtin_expect(w->n == GCW_CAP, 0)) {
        work_put(w->obj + GCW_CAP / 2, GCW_CAP / 2);
        w->n = GCW_CAP / 2;
    }
    w->obj[w->n++] = obj;
}

/* A P's buffer and counts into the cycle's (the world stopped, or its own P). */
static void gcw_flush(GcWork *w)
{
    for (int i = 0; i < w->n; i += WB_OBJS)
        work_put(w->obj + i, w->n - i < WB_OBJS ? w->n - i : WB_OBJS);
    w->n = 0;
    __atomic_fetch_add(&gc.marked, w->marked, __ATOMIC_RELAXED);
    w->marked = 0;
}

/* A marker that stops with grey objects left (an assist paid, a worker's
 * slice over) makes them visible to the others (Go disposes of its gcw
 * likewise): to the global list, and an idle P is woken to take them. */
static void gcw_share(GcWork *w)
{
    if (w->n < 4 || __atomic_load_n(&gc.nfull, __ATOMIC_RELAXED) > 2)
        return;
    /* the older half: nearer the roots, the bigger subgraphs */
    int half = w->n / 2;
    work_put(w->obj, half);
    memmove(w->obj, w->obj + half, (size_t)(w->n - half) * sizeof *w->obj);
    w->n -= half;
    if (!__atomic_load_n(&gc.nidle, __ATOMIC_RELAXED))
        sched_wake_idle();
}

/* The buffer the calling M marks into: its P's, or NULL without a P. */
static GcWork *my_gcw(void)
{
    P *pp = rt_curp();
    return pp ? &pp->gcw : NULL;
}

/* ---- marking ---- */

static size_t object_size(const MSpan *s)
{
    return s->nelems == 1 ? s->npages * PAGE_BYTES : s->elemsize;
}

/* The index in s of the allocated object holding w, or -1. Objects the
 * program is allocating meanwhile are black already (gc_alloc_marking), so
 * a stale freeindex only says "not allocated" of objects that need nothing. */
NO_TSAN static intptr_t object_index(const MSpan *s, uintptr_t w)
{
    uintptr_t i = span_index(s, w);
    if (i >= s->nelems)
        return -1;  /* the slack after the last object */
    /* only allocated objects: below freeindex, or kept by the last sweep */
    if (i >= s->freeindex && !(s->allocbits[i / 8] & (1u << (i % 8))))
        return -1;
    return (intptr_t)i;
}

/* Sets the mark bit of object i of s; 1 if it was clear. */
static int set_mark(MSpan *s, uintptr_t i)
{
    uint8_t bit = (uint8_t)(1u << (i % 8));
    if (__atomic_load_n(&s->gcmarkbits[i / 8], __ATOMIC_RELAXED) & bit)
        return 0;
    return !(__atomic_fetch_or(&s->gcmarkbits[i / 8], bit, __ATOMIC_RELAXED) & bit);
}

/* Greys the object w points into, if it is white: marked, and queued on w
 * for scanning unless it holds no pointers. */
static inline void grey(GcWork *w, uintptr_t p)
{
    MSpan *s = span_of((const void *)p);
    if (!s)
        return;
    intptr_t i = object_index(s, p);
    if (i < 0 || !set_mark(s, (uintptr_t)i))
        return;
    size_t size = object_size(s);
    uintptr_t obj = s->base + (uintptr_t)i * size;
    if (!w) {
        /* no P (a thread in a system call): straight to the global list */
        __atomic_fetch_add(&gc.marked, size, __ATOMIC_RELAXED);
        if (!(s->spanclass & 1))
            work_put(&obj, 1);
        return;
    }
    w->marked += size;
    if (!(s->spanclass & 1))
        gcw_push(w, obj);
}

void gc_shade(uintptr_t p)
{
    if (p && gc_is_marking())
        grey(my_gcw(), p);
}

static void scan_block(GcWork *w, const void *p, size_t n);
static void scan_object(GcWork *w, uintptr_t p, size_t n);
static void scan_globals(GcWork *w, const Program *prog, size_t off, size_t n);
static int in_globals(uintptr_t p);

NO_TSAN void gc_shade_range(const void *p, size_t n)
{
    if (!gc_is_marking())
        return;
    GcWork *w = my_gcw();
    MSpan *s = span_of(p);
    if (s) {
        /* a heap object: its pointer words (none in a noscan span) */
        if (!(s->spanclass & 1))
            scan_object(w, (uintptr_t)p, n);
        return;
    }
    if (in_globals((uintptr_t)p)) {
        const Program *prog = rt_program();
        uintptr_t off = (uintptr_t)p - (uintptr_t)prog->globals, end = off + n;
        off &= ~(uintptr_t)7;
        scan_globals(w, prog, off, end - off);
        return;
    }
    scan_block(w, p, n);    /* a stack, a frame region, C memory: every word */
}

static int is_marked(uintptr_t p)
{
    MSpan *s = span_of((const void *)p);
    if (!s)
        return 1;   /* not in the heap: never freed */
    uintptr_t i = span_index(s, p);
    return (s->gcmarkbits[i / 8] >> (i % 8)) & 1;
}

NO_TSAN static void scan_block(GcWork *w, const void *p, size_t n)
{
    const uintptr_t *x = (const uintptr_t *)(((uintptr_t)p + 7) & ~(uintptr_t)7);
    const uintptr_t *end = (const uintptr_t *)((uintptr_t)p + n);
    for (; x + 1 <= end; x++) {
        uintptr_t v = *x;
        if (v >= 4096)
            grey(w, v);
    }
}

/* Scans the heap object words [p, p+n) that hold pointers: the heap
 * bitmap says which (written at allocation from the object's layout). */
NO_TSAN static void scan_object(GcWork *w, uintptr_t p, size_t n)
{
    uintptr_t a = (p + 7) & ~(uintptr_t)7, end = p + n;
    while (a + 8 <= end) {
        unsigned off;
        uint8_t byte = *heap_bitmap(a, &off);
        uintptr_t left = (end - a) / 8;
        unsigned take = 8 - off < left ? 8 - off : (unsigned)left;
        unsigned bits = (unsigned)(byte >> off) & ((1u << take) - 1);
        while (bits) {
            unsigned j = (unsigned)__builtin_ctz(bits);
            bits &= bits - 1;
            uintptr_t v = *(const uintptr_t *)(a + (uintptr_t)j * 8);
            if (v >= 4096)
                grey(w, v);
        }
        a += (uintptr_t)take * 8;
    }
}

/* Scans grey objects until w and the global list are empty or `budget`
 * bytes are scanned (every 64 KB, stop() may end it early). Returns the
 * bytes scanned. */
static int64_t drain(GcWork *w, int64_t budget, int (*stop)(void *), void *arg)
{
    int64_t done = 0, check = 0;
    __atomic_fetch_add(&gc.nbusy, 1, __ATOMIC_SEQ_CST);
    while (done < budget) {
        if (!w->n && !work_get(w))
            break;
        /* Go's gcw.balance: with the global list empty, half of ours goes
         * there, and an idle P is woken to take it */
        if ((++w->balance & 255) == 0 && !__atomic_load_n(&gc.nfull, __ATOMIC_RELAXED))
            gcw_share(w);
        uintptr_t obj = w->obj[--w->n];
        MSpan *s = span_of((const void *)obj);
        size_t size = object_size(s);
        if (size > OBLET) {
            /* a large object is scanned 128 KB at a time (Go's oblets): its
             * start queues the other pieces, an interior address is one */
            uintptr_t end = s->base + size;
            if (obj == s->base)
                for (uintptr_t o = s->base + OBLET; o < end; o += OBLET)
                    gcw_push(w, o);
            size = end - obj < OBLET ? end - obj : OBLET;
        }
        scan_object(w, obj, size);
        done += (int64_t)size;
        if (done - check >= (64 << 10)) {
            check = done;
            if (stop && stop(arg))
                break;
        }
    }
    __atomic_fetch_add(&gc.nbusy, -1, __ATOMIC_SEQ_CST);
    return done;
}

/* ---- stacks ---- */

/* The words of g's VM stack in use: up to the end of its innermost frame,
 * or of a native's argument window (g->top) when that is higher — what
 * vm_call takes as in use too. Above is what returned frames left behind:
 * scanning it would keep their dead pointers' objects alive. */
static int64_t stack_in_use(G *g)
{
    int64_t top = g->top;
    if (g->base >= 3) {
        const Closure *cl = (const Closure *)g->stack[g->base - 3];
        if (cl && g->base + cl->fn->nregs > top)
            top = g->base + cl->fn->nregs;
    }
    return top < g->stack_words ? top : g->stack_words;
}

static void scan_region(void *lo, void *hi, void *arg)
{
    scan_block(arg, lo, (size_t)((char *)hi - (char *)lo));
    __atomic_fetch_add(&gc.stack_scan, (uint64_t)((char *)hi - (char *)lo), __ATOMIC_RELAXED);
}

/* Package variables [off, off+n) (off a multiple of 8 bytes): the words
 * the compiler's mask says hold pointers. */
NO_TSAN static void scan_globals(GcWork *w, const Program *prog, size_t off, size_t n)
{
    const uint64_t *x = (const uint64_t *)(prog->globals + off);
    for (size_t k = 0; k < n / 8; k++) {
        size_t word = off / 8 + k;
        if ((prog->globals_ptrmask[word / 8] >> (word % 8)) & 1 && x[k] >= 4096)
            grey(w, x[k]);
    }
}

/* The runtime's C structures are scanned field by field. */
NO_TSAN static void scan_timer(GcWork *w, const Timer *t)
{
    grey(w, (uintptr_t)t);      /* a time.Timer's runtimeTimer is a heap object */
    grey(w, (uintptr_t)t->c);
    grey(w, (uintptr_t)t->fn);
    grey(w, (uintptr_t)t->loc);
}

NO_TSAN static void scan_sudog(GcWork *w, const Sudog *sg)
{
    grey(w, (uintptr_t)sg->elem);   /* a heap value, or a slot of a parked G's stack (not in the heap) */
    grey(w, (uintptr_t)sg->c);
    grey(w, (uintptr_t)sg->addr);
}

/* What g holds: its stack, frame region, defer and panic chains, sudogs and
 * timer. g does not run meanwhile (its gcscan word is claimed). */
NO_TSAN static void scan_stack(GcWork *w, G *g)
{
    grey(w, (uintptr_t)g->defers);
    grey(w, (uintptr_t)g->panics);
    grey(w, (uintptr_t)g->gcroot);
    if (g->stack) {
        /* in a system call the saved frame may be older than the running
         * one (malloc.c's populate): the whole stack then */
        int64_t words = __atomic_load_n(&g->status, __ATOMIC_ACQUIRE) == GS_SYSCALL ? g->stack_words : stack_in_use(g);
        scan_block(w, g->stack, (size_t)words * 8);
        __atomic_fetch_add(&gc.stack_scan, (uint64_t)words * 8, __ATOMIC_RELAXED);
    }
    vm_region_each(g, scan_region, w);
    if (g->param)
        scan_sudog(w, g->param);
    for (Sudog *s = g->waiting; s; s = s->waitlink)
        scan_sudog(w, s);
    if (g->timer)
        scan_timer(w, g->timer);
}

/* Scans g's stack unless it has been this cycle. self: the caller is about
 * to run g (it waits for a worker scanning it); else g is skipped when it
 * is running, or dead. Returns 1 if this call scanned it. */
static int scan_g(GcWork *w, G *g, int self)
{
    uint32_t done = __atomic_load_n(&gc.cycle, __ATOMIC_RELAXED) << 1;
    for (int spins = 0;; spins++) {
        uint32_t v = __atomic_load_n(&g->gcscan, __ATOMIC_SEQ_CST);
        if (v == done)
            return 0;
        if (v & 1) {
            if (!self)
                return 0;
            /* a worker scans it: spin a little, then sleep a little (the
             * worker's thread may be off the CPU) */
            if (spins < 200) {
                cpu_relax();
            } else {
                struct timespec ts = {0, 10000};
                nanosleep(&ts, NULL);
            }
            continue;
        }
        if (!__atomic_compare_exchange_n(&g->gcscan, &v, v | 1, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            continue;
        if (!self) {
            /* running, or about to: its M scans it (it waits while we hold the claim) */
            uint32_t st = __atomic_load_n(&g->status, __ATOMIC_SEQ_CST);
            if (st == GS_RUNNING || st == GS_DEAD || st == GS_IDLE) {
                __atomic_store_n(&g->gcscan, v, __ATOMIC_SEQ_CST);
                return 0;
            }
        }
        scan_stack(w, g);
        __atomic_store_n(&g->gcscan, done, __ATOMIC_SEQ_CST);
        __atomic_fetch_add(&gc.pending_stacks, -1, __ATOMIC_SEQ_CST);
        return 1;
    }
}

void gc_scan_before_run(G *g)
{
    if (__atomic_load_n(&g->gcscan, __ATOMIC_SEQ_CST) == __atomic_load_n(&gc.cycle, __ATOMIC_RELAXED) << 1)
        return;
    GcWork *w = my_gcw();
    if (scan_g(w, g, 1))
        gcw_share(w);   /* the goroutine runs now: its greys are for the workers */
}

void gc_new_g(G *g)
{
    /* scanned already for the cycle before; in a mark phase, one more to scan */
    uint32_t c = __atomic_load_n(&gc.cycle, __ATOMIC_RELAXED);
    if (gc_is_marking()) {
        __atomic_fetch_add(&gc.pending_stacks, 1, __ATOMIC_SEQ_CST);
        __atomic_store_n(&g->gcscan, (c - 1) << 1, __ATOMIC_SEQ_CST);
    } else {
        __atomic_store_n(&g->gcscan, c << 1, __ATOMIC_SEQ_CST);
    }
}

/* ---- C roots ---- */

static void scan_p_timers(GcWork *w, P *pp)
{
    rt_lock(&pp->timerslock);
    for (int i = 0; i < pp->ntimers; i++)
        scan_timer(w, pp->timers[i]);
    rt_unlock(&pp->timerslock);
}

/* Mark roots of the finalizers: a record's function and what its object
 * points to (Go's markrootSpans); a queued finalizer's function and object. */
static void mark_finalizer_roots(GcWork *w)
{
    rt_lock(&fin.lock);
    for (size_t i = 0; i < fin.cap; i++) {
        Finalizer *f = &fin.tab[i];
        if (!f->obj)
            continue;
        grey(w, (uintptr_t)f->fn);
        MSpan *s = span_of((const void *)f->obj);
        if (s && !(s->spanclass & 1))
            scan_object(w, (uintptr_t)span_object_base(s, (const void *)f->obj), object_size(s));
    }
    for (size_t i = 0; i < fin.nq; i++) {
        grey(w, fin.q[i].obj);
        grey(w, (uintptr_t)fin.q[i].fn);
    }
    rt_unlock(&fin.lock);
}

/* One root job (globals piece, finalizers, a P's timers, else a goroutine's
 * stack); 0 when there are none left to take. */
static int root_job(GcWork *w)
{
    uint32_t j = __atomic_load_n(&gc.root_next, __ATOMIC_RELAXED);
    uint32_t nroots = __atomic_load_n(&gc.nroots, __ATOMIC_RELAXED);
    if (j < nroots) {
        j = __atomic_fetch_add(&gc.root_next, 1, __ATOMIC_RELAXED);
        if (j < gc.nroot_glob) {
            Program *prog = rt_program();
            size_t off = (size_t)j * GLOBALS_CHUNK, n = (size_t)prog->globals_size - off;
            scan_globals(w, prog, off, n < GLOBALS_CHUNK ? n : GLOBALS_CHUNK);
            return 1;
        }
        if (j == gc.nroot_glob) {
            mark_finalizer_roots(w);
            return 1;
        }
        if (j < nroots) {
            scan_p_timers(w, sched_p((int)(j - gc.nroot_glob - 1)));
            return 1;
        }
    }
    while (__atomic_load_n(&gc.pending_stacks, __ATOMIC_SEQ_CST) > 0) {
        int64_t i = __atomic_fetch_add(&gc.g_next, 1, __ATOMIC_RELAXED);
        G *g = sched_allg(i);
        if (!g)
            return 0;
        if (scan_g(w, g, 0))
            return 1;
    }
    return 0;
}

static int roots_left(void)
{
    return __atomic_load_n(&gc.root_next, __ATOMIC_RELAXED) < __atomic_load_n(&gc.nroots, __ATOMIC_RELAXED) ||
           __atomic_load_n(&gc.pending_stacks, __ATOMIC_SEQ_CST) > 0;
}

/* Marking found nothing to do: if nobody else holds grey objects either,
 * ask for mark termination (which checks again with the world stopped). */
static void check_done(GcWork *w)
{
    if ((w && w->n) || !__atomic_load_n(&gc_marking, __ATOMIC_ACQUIRE))
        return;
    if (__atomic_load_n(&gc.nfull, __ATOMIC_ACQUIRE) || __atomic_load_n(&gc.nbusy, __ATOMIC_SEQ_CST) ||
        roots_left())
        return;
    if (!__atomic_load_n(&gc.markdone, __ATOMIC_RELAXED))
        __atomic_store_n(&gc.markdone, 1, __ATOMIC_RELEASE);
}

/* Marks for up to `budget` bytes: root jobs first, then grey objects.
 * Returns the bytes of scan work done (root jobs count as their size
 * roughly: a job is counted as 4 KB). */
static int64_t mark_some(GcWork *w, int64_t budget, int (*stop)(void *), void *arg)
{
    int64_t done = 0;
    while (done < budget) {
        if (w->n || __atomic_load_n(&gc.nfull, __ATOMIC_ACQUIRE)) {
            done += drain(w, budget - done, stop, arg);
            if (stop && stop(arg))
                break;
            continue;
        }
        if (!root_job(w))
            break;
        done += 4096;
    }
    return done;
}

/* ---- workers and assists ---- */

typedef struct Slice {
    int64_t deadline;
    P *pp;
    int idle;
} Slice;

static int slice_over(void *arg)
{
    Slice *sl = arg;
    if (!__atomic_load_n(&gc_marking, __ATOMIC_RELAXED) || sched_stopping())
        return 1;
    if (sl->idle && sched_has_work(sl->pp))
        return 1;
    return rt_nanotime() >= sl->deadline;
}

static int64_t worker(P *pp, int idle, int64_t maxns)
{
    int64_t t0 = rt_nanotime();
    Slice sl = {.deadline = t0 + maxns, .pp = pp, .idle = idle};
    int64_t done = 0;
    if (idle)
        __atomic_fetch_add(&gc.nidle, 1, __ATOMIC_SEQ_CST);
    while (!slice_over(&sl)) {
        int64_t d = mark_some(&pp->gcw, 256 << 10, slice_over, &sl);
        done += d;
        if (!d)
            break;
    }
    if (idle)
        __atomic_fetch_sub(&gc.nidle, 1, __ATOMIC_SEQ_CST);
    if (done)
        __atomic_fetch_add(&gc.bg_credit, done, __ATOMIC_RELAXED);
    gcw_share(&pp->gcw);
    check_done(&pp->gcw);
    int64_t ns = rt_nanotime() - t0;
    __atomic_fetch_add(idle ? &gc.idle_ns : &gc.bg_ns, ns, __ATOMIC_RELAXED);
    return done ? ns : 0;
}

int gc_background_work(P *pp)
{
    if (!__atomic_load_n(&gc_marking, __ATOMIC_ACQUIRE))
        return 0;
    /* each P's share is a quarter of the time marking has run (Go's 25%
     * goal: with 4 Ps one is a dedicated worker, with fewer each takes its
     * fraction) */
    int64_t now = rt_nanotime();
    int64_t owed = (now - __atomic_load_n(&gc.mark_start, __ATOMIC_RELAXED)) / 4 - pp->gcworker_ns;
    if (owed < 20000) {
        check_done(&pp->gcw);
        return 0;
    }
    int64_t ns = worker(pp, 0, owed < WORKER_SLICE_NS ? owed : WORKER_SLICE_NS);
    pp->gcworker_ns += ns ? ns : owed;  /* nothing to mark: it has its share */
    return ns != 0;
}

int gc_idle_work(P *pp)
{
    if (!__atomic_load_n(&gc_marking, __ATOMIC_ACQUIRE))
        return 0;
    return worker(pp, 1, WORKER_SLICE_NS) != 0;
}

static int assist_stop(void *arg)
{
    (void)arg;
    return sched_stopping();
}

void gc_alloc_marking(G *g, void *p, size_t n)
{
    MSpan *s = span_of(p);
    GcWork *w = my_gcw();
    /* black, and counted as marked as Go's gcmarknewobject does: the next
     * goal grows from what this cycle found live, allocations included */
    if (s && set_mark(s, span_index(s, (uintptr_t)p))) {
        if (w)
            w->marked += object_size(s);
        else
            __atomic_fetch_add(&gc.marked, object_size(s), __ATOMIC_RELAXED);
    }
    if (!g || !w || !__atomic_load_n(&gc_marking, __ATOMIC_RELAXED))
        return;
    uint32_t c = __atomic_load_n(&gc.cycle, __ATOMIC_RELAXED);
    if (g->gcassist_cycle != c) {
        g->gcassist_cycle = c;
        g->gcassist = 0;
    }
    g->gcassist -= (int64_t)((double)n * gc.assist_ratio) + 1;
    if (g->gcassist >= 0)
        return;
    /* pay from the workers' credit first (Go's bgScanCredit) */
    int64_t debt = -g->gcassist, credit = __atomic_load_n(&gc.bg_credit, __ATOMIC_RELAXED);
    while (credit > 0) {
        int64_t take = credit < debt ? credit : debt;
        if (__atomic_compare_exchange_n(&gc.bg_credit, &credit, credit - take, 0, __ATOMIC_RELAXED,
                                        __ATOMIC_RELAXED)) {
            g->gcassist += take;
            break;
        }
    }
    if (g->gcassist >= 0 || g->ncall || g->locks)
        return;
    /* mark: at least 64 KB of work at a time, so that assists are few, at
     * most 256 KB (a big allocation's debt is paid over the next ones), and
     * not while the world is being stopped (the assist would delay it) */
    int64_t t0 = rt_nanotime();
    int64_t want = -g->gcassist < (64 << 10) ? (64 << 10) : -g->gcassist;
    if (want > (256 << 10))
        want = 256 << 10;
    int64_t done = mark_some(w, want, assist_stop, NULL);
    gcw_share(w);
    g->gcassist += done;
    if (done < want && !sched_stopping()) {
        /* nothing left to mark: the debt is forgiven (Go parks the
         * goroutine until the cycle ends or credit comes) */
        g->gcassist = 0;
        check_done(w);
    }
    __atomic_fetch_add(&gc.assist_ns, rt_nanotime() - t0, __ATOMIC_RELAXED);
}

/* Marking with nobody left to notice its end (no P marks, nothing
 * allocates): sysmon asks. After 10 ms it asks even with goroutines
 * unscanned: mark termination scans them (a goroutine no worker could
 * claim, in a system call, say) and counts again. */
void gc_sysmon(int64_t now)
{
    if (!__atomic_load_n(&gc_marking, __ATOMIC_ACQUIRE))
        return;
    check_done(NULL);
    /* nobody marks (every M asleep): idle Ps get Ms again */
    if (now - __atomic_load_n(&gc.mark_start, __ATOMIC_RELAXED) > 10000000 &&
        !__atomic_load_n(&gc.nbusy, __ATOMIC_SEQ_CST) && !__atomic_load_n(&gc.markdone, __ATOMIC_RELAXED))
        sched_wake_idle();
    if (now - __atomic_load_n(&gc.mark_start, __ATOMIC_RELAXED) > 10000000 &&
        !__atomic_load_n(&gc.nfull, __ATOMIC_ACQUIRE) && !__atomic_load_n(&gc.nbusy, __ATOMIC_SEQ_CST) &&
        __atomic_load_n(&gc.root_next, __ATOMIC_RELAXED) >= __atomic_load_n(&gc.nroots, __ATOMIC_RELAXED))
        __atomic_store_n(&gc.markdone, 1, __ATOMIC_RELEASE);
}

/* ---- finalizer records (fin.lock held) ---- */

static size_t fin_hash(uintptr_t obj)
{
    return (size_t)(((uint64_t)obj * 0x9E3779B97F4A7C15u) >> 32) & (fin.cap - 1);
}

static Finalizer *fin_find(uintptr_t obj)
{
    if (!fin.n)
        return NULL;
    for (size_t i = fin_hash(obj);; i = (i + 1) & (fin.cap - 1)) {
        if (fin.tab[i].obj == obj)
            return &fin.tab[i];
        if (!fin.tab[i].obj)
            return NULL;
    }
}

static void fin_put(Finalizer f)
{
    size_t i = fin_hash(f.obj);
    while (fin.tab[i].obj)
        i = (i + 1) & (fin.cap - 1);
    fin.tab[i] = f;
    fin.n++;
}

static void fin_add(Finalizer f)
{
    if (2 * (fin.n + 1) > fin.cap) {
        Finalizer *old = fin.tab;
        size_t oldcap = fin.cap;
        fin.cap = oldcap ? 2 * oldcap : 64;
        fin.tab = xcalloc(fin.cap, sizeof *fin.tab);
        fin.n = 0;
        for (size_t i = 0; i < oldcap; i++)
            if (old[i].obj)
                fin_put(old[i]);
        free(old);
    }
    fin_put(f);
}

/* Removes *f, shifting back the records after it that probed past it. */
static void fin_remove(Finalizer *f)
{
    size_t hole = (size_t)(f - fin.tab), mask = fin.cap - 1;
    for (size_t i = (hole + 1) & mask; fin.tab[i].obj; i = (i + 1) & mask) {
        size_t home = fin_hash(fin.tab[i].obj);
        /* it may fill the hole unless its home lies cyclically in (hole, i] */
        if (((i - home) & mask) >= ((i - hole) & mask)) {
            fin.tab[hole] = fin.tab[i];
            hole = i;
        }
    }
    fin.tab[hole].obj = 0;
    fin.n--;
}

static void finq_push(Finalizer f)
{
    if (fin.nq == fin.capq) {
        fin.capq = fin.capq ? 2 * fin.capq : 16;
        fin.q = xrealloc(fin.q, fin.capq * sizeof *fin.q);
    }
    fin.q[fin.nq++] = f;
}


/* Mark termination (Go's sweep of specials): the records of unmarked
 * objects go to the queue, and then the objects are marked. Every record
 * is judged before any object is marked: tiny objects share a block, and
 * each of them gets its finalizer queued when the block was unmarked. */
static void queue_finalizers(void)
{
    rt_lock(&fin.lock);
    size_t first = fin.nq;
    for (size_t i = 0; i < fin.cap; i++)
        if (fin.tab[i].obj && !is_marked(fin.tab[i].obj))
            finq_push(fin.tab[i]);
    for (size_t i = first; i < fin.nq; i++) {
        uintptr_t p = fin.q[i].obj;
        MSpan *s = span_of((const void *)p);
        set_mark(s, span_index(s, p));
        fin_remove(fin_find(p));
    }
    rt_unlock(&fin.lock);
}

/* ---- the cycle ---- */

static void flush_p(P *pp)
{
    mcache_release(&pp->mcache);
}

static void flush_gcw(P *pp)
{
    gcw_flush(&pp->gcw);
}

/* Go's clearpools: sync's poolCleanup on the collector's own G (the
 * header says why that is safe with the world stopped). */
static void clear_pools(void)
{
    Closure *fn = __atomic_load_n(&gc.pool_cleanup, __ATOMIC_ACQUIRE);
    if (!fn)
        return;
    if (!gc.gc_g)
        gc.gc_g = vm_new_g(rt_program());
    vm_call(gc.gc_g, fn, NULL, 0, NULL, 0);
}

void gc_register_pool_cleanup(Closure *fn)
{
    /* store-release: the collection that loads it sees the closure whole */
    __atomic_store_n(&gc.pool_cleanup, fn, __ATOMIC_RELEASE);
}

/* Go's itoaDiv: val with a decimal point dec digits from the right. */
static void itoa_div(Buf *b, uint64_t val, int dec)
{
    char buf[24];
    int i = (int)sizeof buf - 1, idec = i - dec;
    while (val >= 10 || i >= idec) {
        buf[i--] = (char)('0' + val % 10);
        if (i == idec)
            buf[i--] = '.';
        val /= 10;
    }
    buf[i] = (char)('0' + val);
    buf_add(b, buf + i, sizeof buf - (size_t)i);
}

/* Go's fmtNSAsMS: whole milliseconds from 10 ms on, else two significant
 * digits with at most three decimals. */
static void fmt_ms(Buf *b, int64_t ns)
{
    uint64_t n = ns > 0 ? (uint64_t)ns : 0;
    if (n >= 10000000) {
        itoa_div(b, n / 1000000, 0);
        return;
    }
    uint64_t x = n / 1000;
    if (x == 0) {
        buf_putc(b, '0');
        return;
    }
    int dec = 3;
    for (; x >= 100; x /= 10)
        dec--;
    itoa_div(b, x, dec);
}

/* Go's gctrace line (gcMarkTermination):
 *   clock  a+b+c: sweep termination (a stop of the world: the caches
 *          flushed, poolCleanup) + concurrent mark + mark termination (the
 *          stops of the world that ended marking: finalizers, sweep, pacing);
 *   cpu    a×P + assist/background/idle + c×P, P = min(GOMAXPROCS, CPUs)
 *          as Go counts its pauses;
 *   MB     heap in use at the start -> at mark end -> marked, this cycle's
 *          goal, the stack and globals bytes scanned;
 *   util%  the collector's share of the CPU the program could have used
 *          since it started (pauses × Ps, assists, background marking). */
static void trace_line(const Cycle *c, int procs, int stwprocs)
{
    Buf *b = &gc.trace;
    b->n = 0;
    buf_printf(b, "gc %llu @", (unsigned long long)gc.numgc);
    itoa_div(b, (uint64_t)(c->tstop - rt_start_nanotime()) / 1000000, 3);
    buf_printf(b, "s %d%%: ", (int)(gc.cpu_fraction * 100));
    fmt_ms(b, c->tmark - c->tstop);
    buf_putc(b, '+');
    fmt_ms(b, c->tmarkterm - c->tmark);
    buf_putc(b, '+');
    fmt_ms(b, c->stwterm);
    buf_puts(b, " ms clock, ");
    fmt_ms(b, stwprocs * (c->tmark - c->tstop));
    buf_putc(b, '+');
    fmt_ms(b, __atomic_load_n(&gc.assist_ns, __ATOMIC_RELAXED));
    buf_putc(b, '/');
    fmt_ms(b, __atomic_load_n(&gc.bg_ns, __ATOMIC_RELAXED));
    buf_putc(b, '/');
    fmt_ms(b, __atomic_load_n(&gc.idle_ns, __ATOMIC_RELAXED));
    buf_putc(b, '+');
    fmt_ms(b, stwprocs * c->stwterm);
    Program *prog = rt_program();
    buf_printf(b, " ms cpu, %llu->%llu->%llu MB, %llu MB goal, %llu MB stacks, %llu MB globals, %d P%s\n",
               (unsigned long long)(c->heap0 >> 20), (unsigned long long)(c->heap1 >> 20),
               (unsigned long long)(c->heap2 >> 20), (unsigned long long)(c->goal >> 20),
               (unsigned long long)(__atomic_load_n(&gc.stack_scan, __ATOMIC_RELAXED) >> 20),
               (unsigned long long)((prog ? (uint64_t)prog->globals_size : 0) >> 20), procs,
               c->forced ? " (forced)" : "");
}


static int stw_procs(void)
{
    int procs = rt_gomaxprocs(NULL, 0);
    return procs < rt_ncpu() ? procs : rt_ncpu();
}

/* Sweep termination and the start of marking (world stopped since tstop). */
static void start_cycle(int64_t tstop)
{
    Cycle *c = &gc.cur;
    memset(c, 0, sizeof *c);
    c->tstop = tstop;
    c->forced = gc.cycle + 1 <= gc.wait_cycle;
    __atomic_store_n(&gc.request, 0, __ATOMIC_RELEASE);
    /* the last cycle's sweep, if the Ps have not finished it: marking
     * needs every span's mark bits clear */
    sweep_finish();
    /* the caches' bump pointers into freeindex, tiny blocks dropped */
    sched_for_each_p(flush_p);
    malloc_flush_nop();
    c->heap0 = heap_live();
    c->goal = __atomic_load_n(&gc.next_gc, __ATOMIC_RELAXED);
    clear_pools();

    gc.marked = gc.stack_scan = 0;
    gc.bg_ns = gc.idle_ns = gc.assist_ns = 0;
    gc.bg_credit = 0;
    gc.nprocs = rt_gomaxprocs(NULL, 0);
    Program *prog = rt_program();
    gc.nroot_glob = prog && prog->globals ? (uint32_t)(((size_t)prog->globals_size + GLOBALS_CHUNK - 1) / GLOBALS_CHUNK) : 0;
    __atomic_store_n(&gc.nroots, gc.nroot_glob + 1 + (uint32_t)gc.nprocs, __ATOMIC_RELAXED);
    __atomic_store_n(&gc.root_next, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&gc.g_next, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&gc.pending_stacks, sched_ngoroutines_all(), __ATOMIC_SEQ_CST);
    for (int i = 0; i < gc.nprocs; i++)
        sched_p(i)->gcworker_ns = 0;
    /* the assist ratio (Go's assistWorkPerByte): scan work expected — the
     * last cycle's, or the whole heap before a first one — over the heap
     * left before the goal; past the goal, Go's hard goal (10% more) */
    uint64_t expect = gc.numgc ? gc.live + gc.stack_bytes + gc.globals_bytes : c->heap0;
    uint64_t left = c->goal > c->heap0 ? c->goal - c->heap0 : 0;
    if (left < c->goal / 10)
        left = c->goal / 10;
    if (left < (256 << 10))
        left = 256 << 10;
    gc.assist_ratio = (double)expect / (double)left;
    __atomic_store_n(&gc.cycle, gc.cycle + 1, __ATOMIC_SEQ_CST);
    __atomic_store_n(&gc.markdone, 0, __ATOMIC_SEQ_CST);
    __atomic_store_n(&gc_marking, 1, __ATOMIC_SEQ_CST);
    c->tmark = rt_nanotime();
    __atomic_store_n(&gc.mark_start, c->tmark, __ATOMIC_RELAXED);
    gc.pause_ns[gc.numgc % 256] = (uint64_t)(c->tmark - c->tstop);
    /* idle Ps mark (when every goroutine waits — for this cycle, say —
     * nobody else would); a stop of the world takes back a P whose thread
     * is still waking up, so this does not delay the next one */
    gc.restarted = 1;
}

static int64_t nunscanned;

/* World stopped: a goroutine no worker has scanned is scanned now, and
 * counted if it cannot be. */
static void scan_unscanned(G *g)
{
    uint32_t done = gc.cycle << 1;
    if (__atomic_load_n(&g->gcscan, __ATOMIC_SEQ_CST) == done)
        return;
    scan_g(my_gcw(), g, 0);
    if (__atomic_load_n(&g->gcscan, __ATOMIC_SEQ_CST) != done)
        nunscanned++;
}

/* Mark termination (world stopped since tstop): 1 if the cycle ended, 0
 * if there was more to mark (the world restarts and marking goes on). */
static int end_cycle(int64_t tstop)
{
    Cycle *c = &gc.cur;
    GcWork *w = my_gcw();
    __atomic_store_n(&gc.markdone, 0, __ATOMIC_SEQ_CST);
    /* what the Ps hold, the C roots again, and goroutines no worker reached */
    sched_for_each_p(flush_gcw);
    uint64_t before = gc.marked;
    for (int i = 0; i < gc.nprocs; i++)
        scan_p_timers(w, sched_p(i));
    mark_finalizer_roots(w);
    if (__atomic_load_n(&gc.pending_stacks, __ATOMIC_SEQ_CST) > 0) {
        nunscanned = 0;
        sched_for_each_g(scan_unscanned);
        __atomic_store_n(&gc.pending_stacks, nunscanned, __ATOMIC_SEQ_CST);
    }
    gcw_flush(w);
    int64_t now = rt_nanotime();
    if (gc.nfull || gc.marked != before || gc.pending_stacks > 0 || gc.root_next < gc.nroots) {
        c->stwterm += now - tstop;
        gc.stop_end = now;
        gc.restarted = 3;   /* idle Ps take the work found */
        return 0;
    }
    if (!c->tmarkterm)
        c->tmarkterm = tstop;
    c->heap1 = heap_live();
    queue_finalizers();
    c->heap2 = gc.marked;
    __atomic_store_n(&gc_marking, 0, __ATOMIC_SEQ_CST);
    sched_for_each_p(flush_p);
    malloc_flush_nop();
    sweep_flip(gc.marked);
    Program *prog = rt_program();
    gc.live = gc.marked;
    gc.stack_bytes = gc.stack_scan;
    gc.globals_bytes = prog ? (uint64_t)prog->globals_size : 0;
    rt_lock(&gc.pace_lock);
    set_goal(__atomic_load_n(&gc.gogc, __ATOMIC_RELAXED), 1);
    rt_unlock(&gc.pace_lock);
    c->tend = rt_nanotime();
    c->stwterm += c->tend - tstop;
    return 1;
}

/* The cycle has ended (world stopped): statistics, waiters, the next one. */
static void cycle_done(void)
{
    Cycle *c = &gc.cur;
    int stwprocs = stw_procs();
    uint64_t pause = (uint64_t)(c->tmark - c->tstop) + (uint64_t)c->stwterm;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    gc.last_unix_ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    gc.pause_ns[gc.numgc % 256] = pause;
    gc.pause_end[gc.numgc % 256] = gc.last_unix_ns;
    gc.pause_total_ns += pause;
    gc.total_cpu += (int64_t)stwprocs * (int64_t)pause + gc.assist_ns + gc.bg_ns;
    int64_t avail = sched_proc_time(c->tend);
    gc.cpu_fraction = avail > 0 ? (double)gc.total_cpu / (double)avail : 0;
    gc.numgc++;
    if (c->forced)
        gc.nforced++;
    /* store-release: sysmon reads it to force the next cycle */
    __atomic_store_n(&gc.last_mono, c->tend, __ATOMIC_RELEASE);
    /* runtime.GC's waiters, once the cycle they wait for has ended (each
     * finishes the sweep itself: gc_wait_done) */
    if (gc.waiters && gc.cycle >= gc.wait_cycle) {
        gc.ready = gc.waiters;
        gc.waiters = NULL;
    }
    /* the next cycle: for a waiter, or the heap is past the new trigger */
    __atomic_store_n(&gc.request, 0, __ATOMIC_RELEASE);
    if (gc.waiters || (gc.stress && __atomic_load_n(&gc.gogc, __ATOMIC_RELAXED) >= 0) ||
        heap_live() > __atomic_load_n(&gc.trigger, __ATOMIC_RELAXED))
        __atomic_store_n(&gc.request, gc.waiters || !gc.stress ? 1 : 0, __ATOMIC_RELEASE);
    gc.restarted = 2;
}

/* A runtime.GC waiter, woken: the cycle's sweep is finished before it
 * returns (Go's runtime.GC sweeps what is left itself), then, for
 * debug.FreeOSMemory, free pages go back to the OS. */
int gc_wait_done(G *g)
{
    (void)g;
    sweep_finish();
    return 0;
}

int gc_wait_done_scavenge(G *g)
{
    sweep_finish();
    heap_scavenge();
    return 0;
}

/* The goroutines of list wait until cycle `cycle` has ended (world stopped). */
static void wait_for_cycle(G *list, uint32_t cycle)
{
    if (cycle > gc.wait_cycle)
        gc.wait_cycle = cycle;
    while (list) {
        G *next = list->schedlink;
        list->schedlink = gc.waiters;
        gc.waiters = list;
        list = next;
    }
}

void gc_add_waiters(G *list)
{
    /* a whole cycle from now: the next one (during a mark phase gc.cycle
     * is the running one's, which ends first) */
    wait_for_cycle(list, gc.cycle + 1);
    __atomic_store_n(&gc.request, 1, __ATOMIC_RELEASE);
}

G *gc_add_mark_waiters(G *list)
{
    if (!gc_marking)
        return list;
    wait_for_cycle(list, gc.cycle);
    return NULL;
}

void gc_stopped(int64_t tstop)
{
    if (__atomic_load_n(&gc_marking, __ATOMIC_ACQUIRE)) {
        if (__atomic_load_n(&gc.markdone, __ATOMIC_ACQUIRE) && end_cycle(tstop))
            cycle_done();
        return;
    }
    __atomic_store_n(&gc.markdone, 0, __ATOMIC_RELEASE);
    if (!__atomic_load_n(&gc.request, __ATOMIC_ACQUIRE))
        return;
    /* a request from before GOGC was turned off starts nothing, unless
     * runtime.GC waits for it */
    if (__atomic_load_n(&gc.gogc, __ATOMIC_RELAXED) < 0 && gc.wait_cycle <= gc.cycle) {
        __atomic_store_n(&gc.request, 0, __ATOMIC_RELEASE);
        return;
    }
    start_cycle(tstop);
}

void gc_world_restarted(int64_t now)
{
    Cycle *c = &gc.cur;
    switch (gc.restarted) {
    case 1:     /* marking began: its clock starts now (Go's tMark) */
        c->tmark = now;
        __atomic_store_n(&gc.mark_start, now, __ATOMIC_RELAXED);
        gc.pause_ns[gc.numgc % 256] = (uint64_t)(now - c->tstop);
        break;
    case 3:     /* a mark termination that went on marking */
        c->stwterm += now - gc.stop_end;
        break;
    case 2: {   /* the cycle ended: cycle_done counted the stop up to c->tend */
        int64_t d = now - c->tend;
        int stwprocs = stw_procs();
        c->stwterm += d;
        c->tend = now;
        gc.pause_ns[(gc.numgc - 1) % 256] += (uint64_t)d;
        gc.pause_total_ns += (uint64_t)d;
        gc.total_cpu += (int64_t)stwprocs * d;
        if (gc.gctrace > 0)
            trace_line(c, rt_gomaxprocs(NULL, 0), stwprocs);
        break;
    }
    }
}

void gc_after_restart(void)
{
    int what = gc.restarted;
    gc.restarted = 0;
    if (what == 1 || what == 3) {
        /* idle Ps mark (Go's idle workers) */
        sched_wake_idle();
        return;
    }
    if (what != 2)
        return;
    rt_lock(&fin.lock);
    G *wake = NULL;
    if (fin.fingwait && fin.nq) {
        fin.fingwait = 0;
        wake = fin.fing;
    }
    rt_unlock(&fin.lock);
    if (wake)
        goready(wake);
    G *w = gc.ready;
    gc.ready = NULL;
    while (w) {
        G *next = w->schedlink;
        w->schedlink = NULL;
        goready(w);
        w = next;
    }
    /* the line was formatted with the world stopped; no cycle ends until
     * this M serves the next request, so it is still this one's */
    if (gc.trace.n) {
        rt_write(NULL, 2, gc.trace.s, gc.trace.n);
        gc.trace.n = 0;
    }
}

void gc_memstats(GoMemStats *ms)
{
    memset(ms, 0, sizeof *ms);
    sched_for_each_p(flush_p);
    malloc_flush_nop();
    heap_memstats(ms);
    ms->NextGC = __atomic_load_n(&gc.next_gc, __ATOMIC_RELAXED);
    ms->NumGC = (uint32_t)gc.numgc;
    ms->NumForcedGC = (uint32_t)gc.nforced;
    ms->PauseTotalNs = gc.pause_total_ns;
    memcpy(ms->PauseNs, gc.pause_ns, sizeof ms->PauseNs);
    memcpy(ms->PauseEnd, gc.pause_end, sizeof ms->PauseEnd);
    ms->LastGC = gc.last_unix_ns;
    ms->GCCPUFraction = gc.cpu_fraction;
    ms->EnableGC = 1;
}

/* ---- finalizers ---- */

static int in_globals(uintptr_t p)
{
    Program *prog = rt_program();
    return prog && prog->globals && p >= (uintptr_t)prog->globals &&
           p < (uintptr_t)prog->globals + (uintptr_t)prog->globals_size;
}

/* Go's uncommon(): named types and types with methods carry one. */
static int has_uncommon(const RType *t)
{
    return (t->flags & RT_NAMED) || t->nmethods > 0;
}

/* Whether obj (of pointer type etyp) can be passed to a parameter of type
 * fint: SetFinalizer's rule, stricter than assignability. */
static int finalizer_arg_ok(G *g, const RType *fint, const RType *etyp)
{
    if (fint == etyp)
        return 1;
    if (fint->kind == RK_POINTER)
        return (!has_uncommon(fint) || !has_uncommon(etyp)) && fint->elem == etyp->elem;
    if (fint->kind == RK_INTERFACE)
        return fint->nmethods == 0 || rt_getitab(g, fint, etyp, 1) != NULL;
    return 0;
}

void gc_set_finalizer(G *g, GoEface obj, GoEface fn, Closure *fingfn)
{
    const RType *etyp = obj.type, *ftyp = fn.type;
    if (!etyp)
        rt_fatal(g, "runtime.SetFinalizer: first argument is nil");
    if (etyp->kind != RK_POINTER)
        rt_fatal(g, "runtime.SetFinalizer: first argument is %s, not pointer", etyp->str);
    uintptr_t p = (uintptr_t)obj.data;
    MSpan *s = span_of(obj.data);
    if (!s) {
        /* zero-sized objects (Go's zerobase) and package variables take
         * no finalizer, silently, as in Go */
        if (etyp->elem->size == 0 || in_globals(p))
            return;
        rt_fatal(g, "runtime.SetFinalizer: pointer not in allocated block");
    }
    /* inside an object only when the tiny allocator could have put it there */
    if ((uintptr_t)span_object_base(s, obj.data) != p &&
        ((etyp->elem->flags & RT_HASPTR) || etyp->elem->size >= TINY_SIZE))
        rt_fatal(g, "runtime.SetFinalizer: pointer not at beginning of allocated block");
    if (!ftyp) {
        rt_lock(&fin.lock);
        Finalizer *f = fin_find(p);
        if (f)
            fin_remove(f);
        rt_unlock(&fin.lock);
        return;
    }
    if (ftyp->kind != RK_FUNC)
        rt_fatal(g, "runtime.SetFinalizer: second argument is %s, not a function", ftyp->str);
    if (ftyp->flags & RT_VARIADIC)
        rt_fatal(g, "runtime.SetFinalizer: cannot pass %s to finalizer %s because dotdotdot",
                 etyp->str, ftyp->str);
    if (ftyp->nin != 1 || !finalizer_arg_ok(g, ftyp->in[0], etyp))
        rt_fatal(g, "runtime.SetFinalizer: cannot pass %s to finalizer %s", etyp->str, ftyp->str);
    rt_lock(&fin.lock);
    int create = !fin.fing;
    if (create)
        fin.fing = rt_newproc_runtime(g, fingfn);    /* Go's createfing */
    if (fin_find(p)) {
        rt_unlock(&fin.lock);
        rt_fatal(g, "runtime.SetFinalizer: finalizer already set");
    }
    fin_add((Finalizer){.obj = p, .fn = (Closure *)fn.data, .fint = ftyp->in[0], .ot = etyp});
    rt_unlock(&fin.lock);
    if (gc_is_marking()) {
        /* the record's roots, in case marking has passed the records */
        gc_shade((uintptr_t)fn.data);
        if (!(s->spanclass & 1))
            gc_shade_range(span_object_base(s, obj.data), s->nelems == 1 ? s->npages * PAGE_BYTES : s->elemsize);
    }
}

int gc_run_finalizer(G *g)
{
    rt_lock(&fin.lock);
    if (!fin.nq) {
        rt_unlock(&fin.lock);
        return 0;
    }
    Finalizer f = fin.q[--fin.nq];
    rt_unlock(&fin.lock);
    /* out of the queue (a root) into this goroutine's stack, which may be
     * black already */
    gc_shade(f.obj);
    gc_shade((uintptr_t)f.fn);
    /* the argument as the parameter's type wants it (Go's runfinq) */
    uint64_t args[2];
    int nargs = 1;
    args[0] = f.obj;
    if (f.fint->kind == RK_INTERFACE) {
        const void *w0 = f.fint->nmethods ? (const void *)rt_getitab(g, f.fint, f.ot, 0) : (const void *)f.ot;
        args[0] = (uint64_t)(uintptr_t)w0;
        args[1] = f.obj;
        nargs = 2;
    } else if (f.fint->kind != RK_POINTER) {
        rt_fatal(g, "bad kind in runfinq");
    }
    vm_call(g, f.fn, args, nargs, NULL, 0);
    /* the call's frames stay above ours with the object in them: cleared,
     * so that nothing finds it there once this goroutine parks */
    int64_t top = g->top < g->stack_words ? g->top : g->stack_words;
    memset(g->stack + top, 0, (size_t)(g->stack_words - top) * 8);
    return 1;
}

static int unlock_fin(G *g, void *arg)
{
    (void)g;
    rt_unlock(arg);
    return 1;
}

int gc_fing_wait(G *g)
{
    rt_lock(&fin.lock);
    if (fin.nq) {
        rt_unlock(&fin.lock);
        return 0;
    }
    /* fin.lock is released once the G is parked: the collection that queues
     * a finalizer wakes it after taking the lock (gc_after_restart) */
    fin.fingwait = 1;
    return gopark(g, unlock_fin, &fin.lock, WR_FINALIZER_WAIT, NULL);
}
