/*
 * gc.h — the garbage collector's entries (runtime/gc.c has the story):
 * the stop-the-world collection the scheduler runs, its pacing (GOGC,
 * debug.SetGCPercent, sysmon's forced collection), finalizers
 * (runtime.SetFinalizer and the finalizer goroutine) and sync.Pool's
 * cleanup hook.
 */
#ifndef GOLITE_GC_H
#define GOLITE_GC_H

#include <stdint.h>

#include "runtime/malloc.h"
#include "runtime/rt.h"

void gc_init(void);                         /* GOGC, GODEBUG=gctrace, GOLITE_GC_STRESS */
void gc_note_span(uint64_t inuse_bytes);    /* malloc.c, heap lock held */
int  gc_requested(void);
/* The scheduler, with the world stopped since tstop (rt_nanotime); forced:
 * runtime.GC asked. */
void gc_collect_stopped(int forced, int64_t tstop);
/* The scheduler, after a collection, once the world runs again: wakes the
 * finalizer goroutine, prints the gctrace line. Needs a P. */
void gc_after_restart(void);
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
