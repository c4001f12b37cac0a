/*
 * gc.c — garbage collection, first form: stop-the-world, conservative
 * mark and sweep over malloc.c's spans (issue 7 goes on to Go's concurrent
 * tri-colour marking with the hybrid write barrier; this is the collector
 * that frees memory until then).
 *
 * When: runtime.GC(), or once the heap in use passes the goal GOGC sets
 * (100 by default: twice what was live after the last collection, at least
 * 4 MB; GOGC=off never). An allocation past the goal asks the running G to
 * yield at its next safepoint, and the scheduler collects before it runs
 * anything else — so every goroutine is stopped at a safepoint or parked,
 * with no native running on it: heap pointers are then only in VM stacks,
 * G and P structures, globals and heap objects.
 *
 * Mark: roots are scanned conservatively — every word of the program's
 * globals, of every live goroutine's VM stack, its defer and panic chains,
 * sudogs and timer, and the timers on every P. A word that points
 * into an allocated object of a span (interior pointers included) marks
 * the object; objects in scan spans are then scanned the same way; noscan
 * objects are not. Sweep: malloc.c's sweep_all.
 *
 * Known hole, written down: a goroutine parked inside a nested VM entry
 * (fmt calling String() that blocks) keeps C frames whose locals are not
 * scanned; and old stack blocks kept for a running native (grow_stack) are
 * not scanned — neither exists at a collection except in that case.
 *
 * GOLITE_GC_STRESS=N collects every N new spans (1: at every one).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/malloc.h"
#include "runtime/proc.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"
#include "util/mem.h"
#include "vm/vm.h"

static struct {
    uint32_t request;           /* atomic: a collection is wanted */
    int gogc;                   /* -1: off */
    int stress;                 /* collect every `stress` new spans */
    uint64_t next_gc;           /* heap goal in bytes */
    uint64_t numgc, nforced;
    uint64_t last_unix_ns;
    uint64_t pause_total_ns;
    uintptr_t *grey;            /* objects to scan */
    size_t ngrey, capgrey;
} gc = {.gogc = 100, .next_gc = 4 << 20};

void gc_init(void)
{
    const char *s = getenv("GOGC");
    if (s && *s) {
        if (!strcmp(s, "off"))
            gc.gogc = -1;
        else
            gc.gogc = atoi(s);
    }
    s = getenv("GOLITE_GC_STRESS");
    if (s && *s)
        gc.stress = atoi(s) > 0 ? atoi(s) : 1;
}

/* malloc.c, on every new span (heap lock held): past the goal? */
void gc_note_span(uint64_t inuse_bytes)
{
    static uint64_t nspans;
    if (gc.stress) {
        if (++nspans % (uint64_t)gc.stress == 0)
            __atomic_store_n(&gc.request, 1, __ATOMIC_RELEASE);
        return;
    }
    if (gc.gogc >= 0 && inuse_bytes > gc.next_gc)
        __atomic_store_n(&gc.request, 1, __ATOMIC_RELEASE);
}

int gc_requested(void)
{
    return __atomic_load_n(&gc.request, __ATOMIC_ACQUIRE) != 0;
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

static void mark_word(uintptr_t w)
{
    MSpan *s = span_of((const void *)w);
    if (!s)
        return;
    uintptr_t i = s->nelems == 1 ? 0 : (w - s->base) / s->elemsize;
    if (i >= s->nelems)
        return;     /* the slack after the last object */
    /* only allocated objects: below freeindex, or kept by the last sweep */
    if (i >= s->freeindex && !(s->allocbits[i / 8] & (1u << (i % 8))))
        return;
    uint8_t bit = (uint8_t)(1u << (i % 8));
    if (s->gcmarkbits[i / 8] & bit)
        return;
    s->gcmarkbits[i / 8] |= bit;
    if (!(s->spanclass & 1))
        grey_push(s->base + i * (s->nelems == 1 ? 0 : s->elemsize));
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
        MSpan *s = span_of((const void *)obj);
        size_t size = s->nelems == 1 ? s->npages * PAGE_BYTES : s->elemsize;
        scan_block((const void *)obj, size);
    }
}

static void scan_g(G *g)
{
    /* its heap pointers: the defer and panic chains (sysmon may write its
     * preempt flag meanwhile, so the G is not read whole) */
    mark_word((uintptr_t)g->defers);
    mark_word((uintptr_t)g->panics);
    if (g->stack)
        scan_block(g->stack, (size_t)g->stack_words * 8);
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

static void flush_p(P *pp)
{
    mcache_release(&pp->mcache);
}

static void collect(void)
{
    int64_t t0 = rt_nanotime();
    __atomic_store_n(&gc.request, 0, __ATOMIC_RELEASE);
    /* the caches' bump pointers into freeindex, tiny blocks dropped */
    sched_for_each_p(flush_p);
    malloc_flush_nop();
    Program *prog = rt_program();
    if (prog && prog->globals)
        scan_block(prog->globals, (size_t)prog->globals_size);
    drain();
    sched_for_each_g(scan_g);
    sched_for_each_p(scan_p);
    sweep_all();
    gc.numgc++;
    HeapStats st;
    heap_stats(&st);
    uint64_t live = st.pages_inuse * PAGE_BYTES;
    uint64_t goal = gc.gogc >= 0 ? live + live * (uint64_t)gc.gogc / 100 : UINT64_MAX;
    gc.next_gc = goal < (4u << 20) ? (4u << 20) : goal;
    gc.pause_total_ns += (uint64_t)(rt_nanotime() - t0);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    gc.last_unix_ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The scheduler, answering a request, with the world stopped. */
void gc_collect_stopped(int forced)
{
    if (forced)
        gc.nforced++;
    collect();
}

void gc_memstats(GoMemStats *ms)
{
    memset(ms, 0, sizeof *ms);
    sched_for_each_p(flush_p);
    malloc_flush_nop();
    heap_memstats(ms);
    ms->NextGC = gc.next_gc;
    ms->NumGC = (uint32_t)gc.numgc;
    ms->NumForcedGC = (uint32_t)gc.nforced;
    ms->PauseTotalNs = gc.pause_total_ns;
    ms->LastGC = gc.last_unix_ns;
    ms->EnableGC = 1;
}
