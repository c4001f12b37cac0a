/*
 * proc.h — the scheduler's M and P, shared by runtime/sched.c and
 * runtime/timer.c (nothing else looks inside them).
 */
#ifndef GOLITE_PROC_H
#define GOLITE_PROC_H

#include <pthread.h>

#include "runtime/gc.h"
#include "runtime/sched.h"

#define RUNQ 256

/* P_HANDOFF: given by startm to an M that is waking up (or starting); a
 * stop of the world takes it back rather than wait for that thread. */
enum { P_IDLE, P_RUNNING, P_SYSCALL, P_GCSTOP, P_DEAD, P_HANDOFF };

struct P {
    int32_t id;
    uint32_t status;        /* atomic */
    P *link;                /* idle list */
    M *m;                   /* atomic: the M it is attached to */
    uint32_t schedtick;     /* atomic: bumped on every schedule */
    uint32_t syscalltick;
    G *runnext;             /* atomic */
    uint32_t runqhead;      /* atomic: consumers CAS it */
    uint32_t runqtail;      /* atomic: only the owner writes it */
    G *runq[RUNQ];          /* slots read by thieves with relaxed atomics */
    MCache mcache;          /* allocation without locks (malloc.c) */
    G *gfree;               /* dead Gs for reuse */
    int32_t ngfree;
    Sudog *sudogcache[128];
    int nsudog;
    /* timers (timer.c) */
    RtLock timerslock;
    Timer **timers;
    int ntimers, captimers;
    int64_t timer0when;     /* atomic: earliest when, 0 if none */
    /* sysmon's view */
    uint32_t sm_schedtick, sm_syscalltick;
    int64_t sm_schedwhen, sm_syscallwhen;
    /* the collector's (gc.c) */
    int64_t gcworker_ns;    /* marking done on it this cycle by the 25% worker */
    GcWork gcw;             /* grey objects */
};

struct M {
    int64_t id;
    pthread_t th;
    P *p;                   /* attached P */
    P *nextp;               /* P handed over by the waker */
    P *oldp;                /* P held across a system call */
    G *curg;                /* atomic: running G */
    G *lockedg;             /* the G parked with this M */
    Note park;
    M *schedlink;
    int spinning;
};


P *rt_curp(void);
void timer_add_to(P *pp, Timer *t);

#endif
