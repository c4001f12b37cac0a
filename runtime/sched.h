/*
 * sched.h — goroutines on Go's G/M/P scheduler, channels, select,
 * semaphores and timers (runtime/sched.c, chan.c, select.c, sema.c,
 * timer.c). docs/architecture.md "Scheduler" tells the whole story.
 *
 * G is a goroutine (vm/vm.h: its VM stack, defers, panics, and the fields
 * below), M an OS thread (one pthread each), P a processor: GOMAXPROCS of
 * them, each with runnext, a 256-slot lock-free run queue, free Gs and
 * sudogs, and a timer heap. An M needs a P to run Go code.
 *
 * Blocking. A goroutine blocks with gopark: it is marked waiting with a
 * reason, and once it is off the CPU the unlock function releases the lock
 * that protected the decision to sleep (a channel's, a semaphore root's),
 * so a waker that takes that lock finds it asleep. Because Go calls never
 * recurse on the C stack, the interpreter returns to the scheduler loop
 * (vm_execute returns VM_SWITCH) and the M picks another G; the G resumes
 * later in vm_execute, on any M, which first runs the G's continuation
 * (g->waitk: the work Go does after gopark returns) and then the bytecode
 * after the blocking instruction. Only when the G is inside a nested VM
 * entry (g->ncall > 0: fmt calling String(), a deferred call run by a
 * panic) is there C state to keep: then the M itself sleeps with the G
 * (Go's locked-M hand-off: its P goes to another M, and whoever later
 * schedules the G hands a P back to this M).
 */
#ifndef GOLITE_SCHED_H
#define GOLITE_SCHED_H

#include <stdint.h>

#include "runtime/malloc.h"
#include "runtime/rt.h"
#include "vm/vm.h"

typedef struct M M;
typedef struct P P;
typedef struct Sudog Sudog;
typedef struct Hchan Hchan;
typedef struct Timer Timer;

/* A futex mutex (Go's runtime lock: spin a little, then sleep). */
typedef struct RtLock { uint32_t key; } RtLock;
void rt_lock(RtLock *l);
void rt_unlock(RtLock *l);

/* A one-shot wake-up (Go's note). */
typedef struct Note { uint32_t key; } Note;
void note_clear(Note *n);
void note_wakeup(Note *n);
void note_sleep(Note *n);
int  note_tsleep(Note *n, int64_t ns);   /* 1 if woken, 0 on timeout */

int64_t rt_nanotime(void);               /* monotonic */
int64_t rt_start_nanotime(void);         /* rt_nanotime at start-up */
int     rt_ncpu(void);
/* The value of setting key in GODEBUG (comma-separated key=value pairs, the
 * last one wins, as Go's parsedebugvars), or def when it is not there. */
int64_t rt_godebug(const char *key, int64_t def);

/* Goroutine status (G.status). */
enum { GS_IDLE, GS_RUNNABLE, GS_RUNNING, GS_SYSCALL, GS_WAITING, GS_DEAD };

/* Why a goroutine waits: the text Go prints in "goroutine 1 [chan send]:". */
enum {
    WR_NONE, WR_CHAN_RECV, WR_CHAN_SEND, WR_CHAN_RECV_NIL, WR_CHAN_SEND_NIL,
    WR_SELECT, WR_SELECT_NOCASES, WR_SLEEP, WR_SEMACQUIRE, WR_COND_WAIT, WR_GC,
    WR_FINALIZER_WAIT,
    WR__COUNT
};
extern const char *const wait_reason_str[WR__COUNT];

/* What ended a G's turn on its M (vm_execute's result). */
enum { VM_DONE = 0, VM_SWITCH = 1 };
/* G.parkreq: why the G gave up its M. */
enum { PR_NONE, PR_PARK, PR_YIELD, PR_EXIT };

/* A goroutine waiting on something (a channel, a semaphore): Go's sudog. */
struct Sudog {
    G *g;
    Sudog *next, *prev;
    void *elem;             /* data element: may point into a parked G's VM stack */
    Sudog *waitlink;        /* G.waiting list (select) */
    Hchan *c;               /* channel */
    const void *addr;       /* semaphore address */
    uint32_t ticket;        /* semaphores: the permit was handed over */
    uint8_t isselect;
    uint8_t success;        /* a channel op completed (not woken by close) */
    int16_t caseidx;        /* select: its case */
    int64_t acquiretime;
};

typedef struct WaitQ { Sudog *first, *last; } WaitQ;

/* A channel: Go's hchan. */
struct Hchan {
    uint64_t qcount;        /* elements in buf */
    uint64_t dataqsiz;      /* its size */
    uint8_t *buf;
    uint32_t elemsize;
    uint32_t closed;
    const RType *elemtype;
    uint64_t sendx, recvx;
    WaitQ recvq, sendq;
    RtLock lock;
};

/* The running M's P's allocation cache (runtime/malloc.c), NULL without a P. */
extern __thread MCache *rt_mcache;

/* Scheduling. */
_Noreturn void sched_main(Program *p);  /* runs the program; does not return */
void  rt_newproc(G *g, Closure *fn, const uint64_t *args, int nargs, const Instr *pc);
/* `go fn()` for a runtime goroutine (Go's runfinq): NumGoroutine never
 * counts it, and deadlock detection and tracebacks leave it out while it
 * is parked for a runtime reason (WR_FINALIZER_WAIT), as Go's
 * isSystemGoroutine. Returns the new G. */
G    *rt_newproc_runtime(G *g, Closure *fn);
int   gopark(G *g, int (*unlockf)(G *, void *), void *lock, int reason, int (*k)(G *));
void  goready(G *gp);
void  rt_gosched(G *g);              /* the next safepoint yields */
void  entersyscall(G *g);
void  exitsyscall(G *g);
int64_t rt_numgoroutine(void);
int   rt_procpin(G *g);              /* no preemption until rt_procunpin; returns the P's id */
void  rt_procunpin(G *g);
int   rt_gomaxprocs(G *g, int n);    /* n < 1 only reads */
/* What a stop-the-world request does besides resizing GOMAXPROCS. */
enum {
    STW_GC = 1,             /* collect (runtime.GC: a forced cycle) */
    STW_SCAVENGE = 2,       /*   then give free pages back to the OS (debug.FreeOSMemory) */
    STW_GCMARKWAIT = 4,     /* wait for a mark phase under way to end (debug.SetGCPercent(-1)) */
};
/* Parks g until the scheduler has stopped the world and done what flags
 * (STW_*) ask and/or resized GOMAXPROCS to procs (0: unchanged). Returns
 * like gopark. */
int   rt_stw_request(G *g, int flags, int procs);
int   rt_read_memstats(G *g, void *out);    /* runtime.ReadMemStats: parks likewise */
/* Parks g until the world is stopped; then fn(g, arg) runs on the M that
 * stopped it, with no goroutine running (their stacks can be read: g's
 * too, parked where it called), and the world restarts. Returns like
 * gopark. */
int   rt_stw_do(G *g, void (*fn)(G *g, void *arg), void *arg);
/* World stopped (rt_stw_do): the other goroutines' traces, as Go's
 * tracebackothers (runtime.Stack(buf, true)). */
void  sched_traceback_others(G *me, Buf *b);
/* runtime.LockOSThread / UnlockOSThread: while g->lockedext > 0, g runs on
 * its M only and the M runs g only; a goroutine that ends locked ends its
 * thread. */
void  rt_lockosthread(G *g);
void  rt_unlockosthread(G *g);
/* debug.SetMaxThreads: returns the old limit; exceeding it is Go's fatal
 * "thread exhaustion". */
int64_t rt_setmaxthreads(int64_t n);
void  sched_for_each_g(void (*fn)(G *));     /* the live goroutines (world stopped) */
void  sched_for_each_p(void (*fn)(P *));
/* For the collector (gc.c). */
P    *sched_p(int i);                 /* allp[i] */
G    *sched_allg(int64_t i);          /* the i-th G ever made (dead or alive), NULL past the last */
int64_t sched_ngoroutines_all(void);  /* live Gs, runtime ones included */
int   sched_stopping(void);           /* a stop of the world is wanted or under way */
int   sched_has_work(P *pp);          /* a goroutine to run (or a stop): idle marking yields */
void  sched_wake_idle(void);          /* every idle P gets an M (to mark) */
/* GOMAXPROCS × time since start-up, summed over GOMAXPROCS changes (Go's
 * sched.totaltime): the CPU time the program could have used by now. */
int64_t sched_proc_time(int64_t now);
Program *rt_program(void);
_Noreturn void rt_exit(int code);    /* flushes output, exits; output stops here */
extern int sched_stress;             /* GOLITE_PREEMPT_STRESS: yield at every safepoint */

/* Sudogs from the P's cache. */
Sudog *acquire_sudog(G *g);
void   release_sudog(G *g, Sudog *s);

/* Channels (chan.c). The blocking operations return VM_SWITCH when the
 * goroutine parked and the interpreter must return to the scheduler. */
Hchan *rt_makechan(G *g, const RType *elem, int64_t size);
int    chan_send(G *g, Hchan *c, const void *elem);
int    chan_recv(G *g, Hchan *c, void *elem, uint64_t *ok);
void   chan_close(G *g, Hchan *c);
int    chan_trysend(G *g, Hchan *c, const void *elem);           /* select with default */
int    chan_tryrecv(G *g, Hchan *c, void *elem, uint64_t *ok);   /* 1 if received */
int64_t chan_len(Hchan *c);
int64_t chan_cap(Hchan *c);
/* for select.c (c locked): hand a value over to/from a waiting sudog;
 * the caller unlocks and readies the G returned. */
G     *chan_send_to(Hchan *c, Sudog *sg, const void *ep);
G     *chan_recv_from(Hchan *c, Sudog *sg, void *ep);
void   chan_buf_put(Hchan *c, const void *ep);   /* room in the buffer */
void   chan_buf_take(Hchan *c, void *ep);        /* something in it */
void   waitq_enqueue(WaitQ *q, Sudog *s);
Sudog *waitq_dequeue(WaitQ *q);
void   waitq_remove(WaitQ *q, Sudog *s);
uint32_t rt_fastrand(void);        /* map.c: per-thread xorshift */

/* Select (select.c): one case as the compiler describes it. */
typedef struct SelectCase {
    int send;               /* 1 send, 0 receive */
    int chanreg;            /* register holding the channel */
    int valreg;             /* send: the value; receive: where it goes */
    int okreg;              /* receive: where ok goes (-1: not wanted) */
    int words;              /* receive: register words of the value */
} SelectCase;
typedef struct SelectInfo {
    int ncases;
    int hasdefault;
    int line;
    SelectCase cases[];
} SelectInfo;
/* Runs select over the frame's registers R; the chosen case index goes to
 * R[dst] (ncases: default). VM_SWITCH when parked. */
int rt_select(G *g, const SelectInfo *si, uint64_t *R, int dst);

/* Semaphores (sema.c). */
int  rt_semacquire(G *g, uint32_t *addr, int lifo, int reason);
void rt_semrelease(G *g, uint32_t *addr, int handoff);
/* sync.Cond's notify list (Go's notifyList layout). */
typedef struct NotifyList {
    uint32_t wait, notify;
    uintptr_t lock;         /* an RtLock */
    Sudog *head, *tail;
} NotifyList;
uint32_t rt_notifylist_add(NotifyList *l);
int      rt_notifylist_wait(G *g, NotifyList *l, uint32_t t);
void     rt_notifylist_notify_all(NotifyList *l);
void     rt_notifylist_notify_one(NotifyList *l);

/* Timers (timer.c): a heap per P. */
enum { TK_READY, TK_SENDTIME, TK_GOFUNC };
struct Timer {
    int64_t when;
    int64_t period;         /* tickers */
    int kind;               /* TK_READY: ready g; TK_SENDTIME: send the time on c; TK_GOFUNC: go fn() */
    G *g;
    Hchan *c;
    Closure *fn;
    void *loc;              /* TK_SENDTIME: the *time.Location of the times sent */
    P *pp;                  /* the heap it is on (NULL: not on any) */
    int idx;                /* its index there */
    uint32_t seq;
};
int  rt_sleep(G *g, int64_t ns);
void timer_add(G *g, Timer *t);
int  timer_del(Timer *t);            /* 1 if it was pending */
int  timer_mod(G *g, Timer *t, int64_t when, int64_t period);  /* 1 if it was pending */
int64_t timers_run(P *pp, int64_t now);   /* runs due timers; returns next when (0: none) */
/* time.Now for sendTime: Go's wall/ext encoding of a time.Time. */
void rt_time_now(uint64_t *wall, int64_t *ext);

#endif
