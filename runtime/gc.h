/*
 * gc.h — the garbage collector's entries (runtime/gc.c has the story): the
 * cycle the scheduler drives (two short stops of the world around a
 * concurrent mark), the write barrier, allocation black, mark workers and
 * assists, pacing (GOGC, debug.SetGCPercent, sysmon's forced cycle),
 * finalizers (runtime.SetFinalizer and the finalizer goroutine) and
 * sync.Pool's cleanup hook.
 *
 * The invariant, and why it holds (Go's mbarrier.go argues the same for
 * its hybrid barrier; golite's form of it):
 *
 *   Every object reachable when marking starts, or allocated since, is
 *   marked by the end of the mark phase.
 *
 * 1. Objects allocated while marking are black (gc_mark_new): they are
 *    marked at allocation and, being zeroed, hold nothing to scan.
 * 2. Stacks are scanned one goroutine at a time, at a safepoint, without
 *    stopping the world, and never again: a goroutine's stack is scanned
 *    before it runs at all in the mark phase (the scheduler calls
 *    gc_scan_before_run whenever a goroutine is about to run; a mark worker
 *    scans those that are parked or runnable). So every stack scanned holds
 *    what it held when marking started: its scan is that snapshot. The
 *    stacks of goroutines that run are therefore always black, which is
 *    the case in which Go's hybrid barrier does not shade the new pointer.
 *    Goroutines created while marking are scanned before they first run
 *    like the others (their arguments may come from C roots: timers).
 * 3. The write barrier: every store of a possibly-pointer word into memory
 *    that is not a goroutine's own stack (heap objects, globals, channel
 *    buffers, map buckets) shades the pointer it overwrites first
 *    (gc_wb_slot, gc_wb_range): Yuasa's deletion barrier, the half of the
 *    hybrid barrier that is left when the storing goroutine's stack is
 *    black. Shading the overwritten pointer keeps every path from the
 *    snapshot: an object reachable at the start stays reachable from a
 *    grey object, or was shaded when its last path was cut. The runtime's
 *    own copies between goroutines (a value handed over to a parked
 *    goroutine's stack, a channel buffer) shade the values they copy too
 *    (gc_wb_copy): the source may be a C root (a timer) that marking does
 *    not keep.
 * 4. Roots kept in C memory (timer heaps, finalizer records, sudogs) are
 *    scanned by the mark workers and again at mark termination (they are
 *    small); mark termination never rescans stacks.
 * Then: at mark termination no object is grey, every stack is black, and a
 * white object cannot be reached — from a stack (snapshot plus black
 * allocation), nor from the heap (barrier) — so sweeping frees it.
 */
#ifndef GOLITE_GC_H
#define GOLITE_GC_H

#include <stdint.h>

#include "runtime/malloc.h"
#include "runtime/rt.h"
#include "runtime/sched.h"

/* A P's grey objects (proc.h puts one in every P): marking takes from and
 * adds to its own without locks; a full one gives half to the global list. */
#define GCW_CAP 512
typedef struct GcWork {
    int n;
    uint32_t balance;           /* objects taken since it last looked at sharing */
    uint64_t marked;            /* bytes marked, not yet added to the cycle's */
    uintptr_t obj[GCW_CAP];
} GcWork;

/* 1 while a mark phase is on: barriers shade, allocation is black. Set
 * and cleared with the world stopped. */
extern uint32_t gc_marking;
static inline int gc_is_marking(void) { return __atomic_load_n(&gc_marking, __ATOMIC_RELAXED) != 0; }
void gc_shade(uintptr_t w);                   /* greys w's object when w points into a white one */
void gc_shade_range(const void *p, size_t n); /* gc_shade of each word */
/* The write barrier (the header's point 3), before the store. */
static inline void gc_wb_slot(const void *slot)
{
    if (__builtin_expect(gc_is_marking(), 0))
        gc_shade(*(const uintptr_t *)slot);
}
static inline void gc_wb_range(const void *dst, size_t n)
{
    if (__builtin_expect(gc_is_marking(), 0))
        gc_shade_range(dst, n);
}
/* Copies of pointerful data by the runtime: the old words and the new. */
static inline void gc_wb_copy(const void *dst, const void *src, size_t n)
{
    if (__builtin_expect(gc_is_marking(), 0)) {
        gc_shade_range(dst, n);
        gc_shade_range(src, n);
    }
}
/* Stores one pointer into the heap from C with the barrier. */
static inline void gc_store_ptr(void *slot, const void *p)
{
    if (__builtin_expect(gc_is_marking(), 0)) {
        gc_shade(*(uintptr_t *)slot);
        gc_shade((uintptr_t)p);
    }
    *(const void **)slot = p;
}
/* malloc.c, while marking: the new object is black; g (may be NULL) pays
 * its assist for n bytes. */
void gc_alloc_marking(G *g, void *p, size_t n);

/* The scheduler's hooks (an M holding a P). */
void gc_scan_before_run(G *g);      /* marking: scans g's stack unless it has been */
void gc_new_g(G *g);                /* a goroutine is created (or reused) */
int  gc_background_work(P *pp);     /* schedule(): a slice of the 25% worker; 1 if it marked */
int  gc_idle_work(P *pp);           /* findrunnable with nothing to run: idle marking; 1 if it marked */
void gc_sysmon(int64_t now);        /* sysmon: notices a mark phase with nobody left to end it */
/* Goroutines wait for a whole cycle (runtime.GC). World stopped. */
void gc_add_waiters(G *list);
/* Their continuation once woken: the sweep finished; _scavenge then gives
 * free pages back to the OS (debug.FreeOSMemory). */
int  gc_wait_done(G *g);
int  gc_wait_done_scavenge(G *g);
/* Goroutines wait for the mark phase under way to end (SetGCPercent(-1));
 * returns those it does not keep, with no mark phase running. */
G   *gc_add_mark_waiters(G *list);

void gc_init(void);                         /* GOGC, GODEBUG=gctrace, GOLITE_GC_STRESS */
void gc_note_heap(uint64_t live);           /* malloc.c: the heap live counter grew (a span cached, a large object) */
int  gc_requested(void);
/* The scheduler, with the world stopped since tstop (rt_nanotime): the
 * cycle's next step (start marking, or end it when marking is done). */
void gc_stopped(int64_t tstop);
/* The scheduler, once the world runs again after gc_stopped: readies
 * runtime.GC's waiters, wakes the finalizer goroutine, prints the gctrace
 * line, and gives idle Ps mark work. Needs a P. */
void gc_after_restart(void);
/* The scheduler, right after the world restarts and before another stop
 * can start: the restart counts in the pause (Go's pauseNS includes
 * startTheWorld), and the gctrace line is formatted. */
void gc_world_restarted(int64_t now);
/* sysmon: asks for a collection when none has run for two minutes (Go's
 * forcegcperiod); 1 when it did. */
int  gc_force_due(int64_t now);
void gc_memstats(GoMemStats *ms);           /* world stopped: fills everything */
/* debug.SetGCPercent: the new GOGC (< 0: off) applies to the heap goal at
 * once; returns the old one. */
int  gc_set_percent(int percent);

/* runtime.SetFinalizer's checks and record (Go's texts for its fatal
 * errors); fing is the finalizer goroutine's function, started with the
 * first finalizer. */
void gc_set_finalizer(G *g, GoEface obj, GoEface fn, Closure *fing);
/* The finalizer goroutine: runs the next queued finalizer (0: none queued);
 * parks in "finalizer wait" until a collection queues one. */
int  gc_run_finalizer(G *g);
int  gc_fing_wait(G *g);
/* sync's poolCleanup, which every collection runs first (Go's clearpools). */
void gc_register_pool_cleanup(Closure *fn);

#endif
