/*
 * gc.c — garbage collection, first form: stop-the-world, conservative
 * mark and sweep over malloc.c's spans (issue 7 goes on to Go's concurrent
 * tri-colour marking with the hybrid write barrier; this is the collector
 * that frees memory until then), with Go's pacing, finalizers, sync.Pool
 * cleanup and GODEBUG=gctrace.
 *
 * When: runtime.GC() (a forced cycle), debug.FreeOSMemory (the same, then
 * the scavenger), once the heap in use passes the goal, and when sysmon
 * finds that none has run for two minutes (Go's forcegcperiod; as Go's
 * gcTriggerTime, only after a first collection and with GOGC on). An
 * allocation past the goal asks the running G to yield at its next
 * safepoint, and the scheduler collects before it runs anything else — so
 * every goroutine is stopped at a safepoint or parked, with no native
 * running on it: heap pointers are then only in VM stacks, G and P
 * structures, globals, heap objects and the finalizer tables below.
 *
 * Pacing is Go 1.19's: goal = live + (live + stacks + globals) × GOGC/100,
 * at least 4 MB × GOGC/100, where live is the bytes of the spans in use
 * after the last sweep (what the trigger in gc_note_span compares against:
 * pages, not objects, so fragmentation cannot make it fire early). GOGC
 * comes from the environment ("off", or Go's atoi32; anything else means
 * 100, as readGOGC) through the setter debug.SetGCPercent uses, which
 * recomputes the goal at once.
 *
 * A cycle (collect) does Go's phases in one pause:
 *   sweep termination — the Ps' caches flushed into their spans; sync.Pool's
 *     poolCleanup (Go's clearpools);
 *   mark — the roots scanned conservatively: every word of the program's
 *     globals, of the part in use of every live goroutine's VM stack and
 *     of its frame region (what escape analysis kept in its frames,
 *     vm/region.c), its defer and panic chains, sudogs and timer, the
 *     timers on every P, and
 *     the finalizer records and queue. A word that points into an allocated
 *     object of a span (interior pointers included) marks the object;
 *     objects in scan spans are then scanned the same way; noscan ones not;
 *   mark termination — unmarked objects with finalizers are kept for this
 *     cycle and their finalizers queued; malloc.c's sweep_all; the next goal.
 * Once the world runs again (gc_after_restart) the finalizer goroutine is
 * woken and the GODEBUG=gctrace=1 line printed, as Go prints it after
 * starting the world.
 *
 * Finalizers (Go's mfinal.go). A table keyed by object address holds one
 * record per object (Go keeps "specials" on the span; the address is the
 * object's start, or inside a 16-byte tiny block for a pointer-free object
 * the tiny allocator placed there, as Go allows). The records are roots in
 * Go's way: their functions are marked, and what each object points to is
 * scanned — not the object itself, which is reachable or not on its own.
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
 * fingwait; a collection takes it uncontended, because a goroutine only
 * holds it inside a native or across the parking in gc_fing_wait, and the
 * world cannot stop during either.
 *
 * sync.Pool. Go's collector calls sync's poolCleanup (registered by sync's
 * init through runtime_registerPoolCleanup) with the world stopped, before
 * marking, so pooled objects move to the victim caches and those of the
 * cycle before are dropped. golite runs the same Go function with the
 * world stopped, on a G of the collector's own (gc.gc_g) through vm_call:
 * no goroutine runs, and poolCleanup neither allocates nor blocks nor
 * calls natives (Go's own rule for it: "must not allocate and probably
 * should not call any runtime functions"), so the VM needs nothing from
 * the scheduler there — its safepoints ignore a nested entry, and the G is
 * nobody's to preempt. Rewriting it in C over sync's globals would tie the
 * collector to sync.go's layout; running it at the start of runtime.GC on
 * the caller would race with the pinned sections of other goroutines,
 * which only a stopped world excludes.
 *
 * Known hole, written down: a goroutine parked inside a nested VM entry
 * (fmt calling String() that blocks) keeps C frames whose locals are not
 * scanned; and old stack blocks kept for a running native (grow_stack) are
 * not scanned — neither exists at a collection except in that case.
 *
 * GOLITE_GC_STRESS=N, or GODEBUG=gcstress=N, collects every N new spans
 * (1: at every one) while
 * GOGC is on;
 * GOLITE_FORCEGC_MS=N makes sysmon's forced-collection period N ms
 * instead of two minutes (for tests).
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

#define HEAP_MINIMUM ((uint64_t)4 << 20)        /* the goal's floor at GOGC=100 (Go's defaultHeapMinimum) */
#define FORCEGC_PERIOD ((int64_t)120 * 1000000000)

static struct {
    uint32_t request;           /* atomic: a collection is wanted */
    int32_t gogc;               /* atomic: GOGC; -1 off */
    uint64_t next_gc;           /* atomic: the heap goal in bytes */
    RtLock pace_lock;            /* gc_set_percent's read-modify-write of the two */
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
    /* marking */
    uint64_t marked;            /* bytes of the objects marked this cycle */
    uint64_t stack_scan;        /* bytes of VM stacks scanned this cycle */
    uintptr_t *grey;            /* objects to scan */
    size_t ngrey, capgrey;
    /* sync.Pool */
    Closure *pool_cleanup;      /* atomic: sync.poolCleanup once sync is initialised */
    G *gc_g;                    /* the collector's G for running it */
} gc = {.gogc = 100, .next_gc = HEAP_MINIMUM};

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

int gc_set_percent(int percent)
{
    int32_t in = percent < 0 ? -1 : (int32_t)percent;
    rt_lock(&gc.pace_lock);
    int32_t out = __atomic_load_n(&gc.gogc, __ATOMIC_RELAXED);
    __atomic_store_n(&gc.gogc, in, __ATOMIC_RELAXED);
    /* store-release: an allocation that reads the goal sees it whole */
    __atomic_store_n(&gc.next_gc, heap_goal(in), __ATOMIC_RELEASE);
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

/* malloc.c, on every new span (heap lock held): past the goal? Stress
 * mode collects regardless of the goal, but not with GOGC off: that is the
 * program's own choice (debug.SetGCPercent(-1)), which tests check. */
void gc_note_span(uint64_t inuse_bytes)
{
    static uint64_t nspans;
    if (gc.stress && __atomic_load_n(&gc.gogc, __ATOMIC_RELAXED) >= 0) {
        if (++nspans % (uint64_t)gc.stress == 0)
            __atomic_store_n(&gc.request, 1, __ATOMIC_RELEASE);
        return;
    }
    if (inuse_bytes > __atomic_load_n(&gc.next_gc, __ATOMIC_ACQUIRE))
        __atomic_store_n(&gc.request, 1, __ATOMIC_RELEASE);
}

int gc_requested(void)
{
    return __atomic_load_n(&gc.request, __ATOMIC_ACQUIRE) != 0;
}

int gc_force_due(int64_t now)
{
    int64_t last = __atomic_load_n(&gc.last_mono, __ATOMIC_ACQUIRE);
    if (__atomic_load_n(&gc.gogc, __ATOMIC_RELAXED) < 0 || last == 0 ||
        now - last <= gc.forcegc_period || gc_requested())
        return 0;
    __atomic_store_n(&gc.request, 1, __ATOMIC_RELEASE);
    return 1;
}

/* ---- marking ---- */

static void grey_push(uintptr_t obj)
{
    if (gc.ngrey == gc.capgrey) {
        gc.capgrey = gc.capgrey ? 2 * gc.capgrey : 4096;
        gc.grey = xrealloc(gc.grey, gc.capgrey * sizeof *gc.grey);
    }
    gc.grey[gc.ngrey++] = obj;
}

static size_t object_size(const MSpan *s)
{
    return s->nelems == 1 ? s->npages * PAGE_BYTES : s->elemsize;
}

/* The index in s of the allocated object holding w, or -1. */
static intptr_t object_index(const MSpan *s, uintptr_t w)
{
    uintptr_t i = s->nelems == 1 ? 0 : (w - s->base) / s->elemsize;
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
    if (s->gcmarkbits[i / 8] & bit)
        return 0;
    s->gcmarkbits[i / 8] |= bit;
    gc.marked += object_size(s);
    return 1;
}

static void mark_word(uintptr_t w)
{
    MSpan *s = span_of((const void *)w);
    if (!s)
        return;
    intptr_t i = object_index(s, w);
    if (i < 0 || !set_mark(s, (uintptr_t)i))
        return;
    if (!(s->spanclass & 1))
        grey_push(s->base + (uintptr_t)i * (s->nelems == 1 ? 0 : s->elemsize));
}

static int is_marked(uintptr_t p)
{
    MSpan *s = span_of((const void *)p);
    if (!s)
        return 1;   /* not in the heap: never freed */
    uintptr_t i = s->nelems == 1 ? 0 : (p - s->base) / s->elemsize;
    return (s->gcmarkbits[i / 8] >> (i % 8)) & 1;
}

static void scan_block(const void *p, size_t n)
{
    const uintptr_t *w = (const uintptr_t *)(((uintptr_t)p + 7) & ~(uintptr_t)7);
    const uintptr_t *end = (const uintptr_t *)((uintptr_t)p + n);
    for (; w + 1 <= end; w++)
        mark_word(*w);
}

static void drain(void)
{
    while (gc.ngrey) {
        uintptr_t obj = gc.grey[--gc.ngrey];
        scan_block((const void *)obj, object_size(span_of((const void *)obj)));
    }
}

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
    (void)arg;
    scan_block(lo, (size_t)((char *)hi - (char *)lo));
    gc.stack_scan += (uint64_t)((char *)hi - (char *)lo);
}

static void scan_g(G *g)
{
    /* its heap pointers: the defer and panic chains (sysmon may write its
     * preempt flag meanwhile, so the G is not read whole) */
    mark_word((uintptr_t)g->defers);
    mark_word((uintptr_t)g->panics);
    if (g->stack) {
        int64_t words = stack_in_use(g);
        scan_block(g->stack, (size_t)words * 8);
        gc.stack_scan += (uint64_t)words * 8;
    }
    /* what escape analysis kept in its frames (vm/region.c) */
    vm_region_each(g, scan_region, NULL);
    if (g->param)
        scan_block(g->param, sizeof(Sudog));
    for (Sudog *s = g->waiting; s; s = s->waitlink)
        scan_block(s, sizeof(Sudog));
    if (g->timer)
        scan_block(g->timer, sizeof(Timer));
    drain();
}

static void scan_p(P *pp)
{
    rt_lock(&pp->timerslock);
    for (int i = 0; i < pp->ntimers; i++) {
        mark_word((uintptr_t)pp->timers[i]);
        scan_block(pp->timers[i], sizeof(Timer));
    }
    rt_unlock(&pp->timerslock);
    drain();
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

/* Mark roots of the finalizers: a record's function and what its object
 * points to (Go's markrootSpans); a queued finalizer's function and object. */
static void mark_finalizer_roots(void)
{
    rt_lock(&fin.lock);
    for (size_t i = 0; i < fin.cap; i++) {
        Finalizer *f = &fin.tab[i];
        if (!f->obj)
            continue;
        mark_word((uintptr_t)f->fn);
        MSpan *s = span_of((const void *)f->obj);
        if (s && !(s->spanclass & 1))
            scan_block(span_object_base(s, (const void *)f->obj), object_size(s));
        drain();
    }
    for (size_t i = 0; i < fin.nq; i++) {
        mark_word(fin.q[i].obj);
        mark_word((uintptr_t)fin.q[i].fn);
    }
    drain();
    rt_unlock(&fin.lock);
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
        set_mark(s, s->nelems == 1 ? 0 : (p - s->base) / s->elemsize);
        fin_remove(fin_find(p));
    }
    rt_unlock(&fin.lock);
}

/* ---- the cycle ---- */

static void flush_p(P *pp)
{
    mcache_release(&pp->mcache);
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

static int64_t thread_cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
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

/* Phase times of one cycle (rt_nanotime): the world stopped at tstop (Go's
 * tSweepTerm), marking ran from tmark to tmarkterm, the cycle ended at tend. */
typedef struct Cycle {
    int64_t tstop, tmark, tmarkterm, tend;
    int64_t markcpu;            /* the marking thread's CPU time */
    uint64_t heap0, heap1, heap2, goal;
    int forced;
} Cycle;

/* Go's gctrace line (gcMarkTermination). golite's cycle is one pause, so
 * the "concurrent mark" figures are those of its stop-the-world mark:
 *   clock  a+b+c: sweep termination (stopping the world, flushing the
 *          caches, poolCleanup) + mark + mark termination (finalizers,
 *          sweep, pacing);
 *   cpu    a×P + assist/background/idle + c×P, P = min(GOMAXPROCS, CPUs)
 *          as Go counts its pauses; assists and idle marking never happen
 *          (0), background is the marking thread's CPU time;
 *   MB     heap in use at the start -> at mark end (the same: nothing
 *          allocates in the pause) -> marked, this cycle's goal, the stack
 *          and globals bytes scanned;
 *   util%  the pauses' share of the CPU the program could have used since
 *          it started: every P is stopped for the whole cycle. */
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
    fmt_ms(b, c->tend - c->tmarkterm);
    buf_puts(b, " ms clock, ");
    fmt_ms(b, stwprocs * (c->tmark - c->tstop));
    buf_puts(b, "+0/");
    fmt_ms(b, c->markcpu);
    buf_puts(b, "/0+");
    fmt_ms(b, stwprocs * (c->tend - c->tmarkterm));
    Program *prog = rt_program();
    buf_printf(b, " ms cpu, %llu->%llu->%llu MB, %llu MB goal, %llu MB stacks, %llu MB globals, %d P%s\n",
               (unsigned long long)(c->heap0 >> 20), (unsigned long long)(c->heap1 >> 20),
               (unsigned long long)(c->heap2 >> 20), (unsigned long long)(c->goal >> 20),
               (unsigned long long)(gc.stack_scan >> 20),
               (unsigned long long)((prog ? (uint64_t)prog->globals_size : 0) >> 20), procs,
               c->forced ? " (forced)" : "");
}

static uint64_t heap_inuse(void)
{
    HeapStats st;
    heap_stats(&st);
    return st.pages_inuse * PAGE_BYTES;
}

static void collect(Cycle *c)
{
    __atomic_store_n(&gc.request, 0, __ATOMIC_RELEASE);
    /* sweep termination: the caches' bump pointers into freeindex, tiny
     * blocks dropped */
    sched_for_each_p(flush_p);
    malloc_flush_nop();
    c->heap0 = heap_inuse();
    c->goal = __atomic_load_n(&gc.next_gc, __ATOMIC_RELAXED);
    clear_pools();

    c->tmark = rt_nanotime();
    int64_t cpu0 = thread_cpu_ns();
    gc.marked = gc.stack_scan = 0;
    Program *prog = rt_program();
    if (prog && prog->globals)
        scan_block(prog->globals, (size_t)prog->globals_size);
    drain();
    sched_for_each_g(scan_g);
    sched_for_each_p(scan_p);
    mark_finalizer_roots();
    c->markcpu = thread_cpu_ns() - cpu0;
    c->heap1 = heap_inuse();

    c->tmarkterm = rt_nanotime();
    queue_finalizers();
    c->heap2 = gc.marked;
    sweep_all();
    gc.live = heap_inuse();
    gc.stack_bytes = gc.stack_scan;
    gc.globals_bytes = prog ? (uint64_t)prog->globals_size : 0;
    rt_lock(&gc.pace_lock);
    __atomic_store_n(&gc.next_gc, heap_goal(__atomic_load_n(&gc.gogc, __ATOMIC_RELAXED)), __ATOMIC_RELEASE);
    rt_unlock(&gc.pace_lock);
    c->tend = rt_nanotime();
}

/* The scheduler, answering a request, with the world stopped. */
void gc_collect_stopped(int forced, int64_t tstop)
{
    Cycle c = {.tstop = tstop, .forced = forced};
    collect(&c);
    int procs = rt_gomaxprocs(NULL, 0);
    int stwprocs = procs < rt_ncpu() ? procs : rt_ncpu();
    uint64_t pause = (uint64_t)(c.tend - c.tstop);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    gc.last_unix_ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    gc.pause_ns[gc.numgc % 256] = pause;
    gc.pause_end[gc.numgc % 256] = gc.last_unix_ns;
    gc.pause_total_ns += pause;
    gc.total_cpu += (int64_t)stwprocs * (int64_t)pause;
    int64_t avail = sched_proc_time(c.tend);
    gc.cpu_fraction = avail > 0 ? (double)gc.total_cpu / (double)avail : 0;
    gc.numgc++;
    if (forced)
        gc.nforced++;
    /* store-release: sysmon reads it to force the next cycle */
    __atomic_store_n(&gc.last_mono, c.tend, __ATOMIC_RELEASE);
    if (gc.gctrace > 0)
        trace_line(&c, procs, stwprocs);
}

void gc_after_restart(void)
{
    rt_lock(&fin.lock);
    G *wake = NULL;
    if (fin.fingwait && fin.nq) {
        fin.fingwait = 0;
        wake = fin.fing;
    }
    rt_unlock(&fin.lock);
    if (wake)
        goready(wake);
    /* the line was formatted with the world stopped; no collection runs
     * until this M serves the next request, so it is still this one's */
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
