/*
 * sched.c — Go's G/M/P scheduler (runtime/proc.go, after seeds 002 调度器
 * and 004 GMP), for goroutines whose frames live on VM stacks.
 *
 * Each M is a pthread running schedule(): find a runnable G — runnext,
 * the P's local queue, the global queue every 61st tick for fairness, due
 * timers, then stealing half of a random victim's queue (at most as many
 * spinning Ms as there are busy Ps) — and run it with vm_resume until it
 * ends, parks or yields. An M with nothing to do gives its P back and
 * sleeps on its note, with a timeout to the next timer when there is one;
 * wakep starts or wakes an M when new work appears and Ps are idle.
 *
 * sysmon (its own thread, no P) retakes Ps from Ms blocked in system calls
 * for more than 20 µs when there is work, asks goroutines that have run for
 * more than 10 ms to yield (G.preempt, checked at loop back edges and
 * function entries), starts an M for overdue timers, asks for a collection
 * when none has run for two minutes (gc.c's gc_force_due; it starts with
 * the first collection for that), and prints GODEBUG=schedtrace=N lines.
 * GODEBUG's comma-separated settings are read by rt_godebug.
 *
 * Stop the world: runtime.GC, GOMAXPROCS(n), ReadMemStats and a heap past
 * its goal are requests that the next M passing through schedule() (or
 * findrunnable, for sysmon's) serves with no goroutine running on it
 * (stw_service).
 *
 * Deadlock: when the last M goes idle with no timers pending and no M in a
 * system call, every goroutine is asleep: Go's fatal error with each
 * goroutine's stack. Runtime goroutines (the finalizer goroutine) are left
 * out while they wait for runtime work, as Go's isSystemGoroutine; they are
 * never counted by NumGoroutine.
 *
 * Locks: sched.lock guards the global run queue, the idle M and P lists
 * and the free-G list; a P's queue is lock-free (its owner puts and gets,
 * others steal with CAS on head); statuses are atomics.
 */
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/proc.h"
#include "runtime/sched.h"
#include "util/mem.h"
#include "vm/vm.h"

#define LOAD(p)        __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define LOADR(p)       __atomic_load_n((p), __ATOMIC_RELAXED)
#define STORE(p, v)    __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define STORER(p, v)   __atomic_store_n((p), (v), __ATOMIC_RELAXED)
#define CAS(p, o, n)   __atomic_compare_exchange_n((p), (o), (n), 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)
#define XADD(p, v)     __atomic_add_fetch((p), (v), __ATOMIC_SEQ_CST)

const char *const wait_reason_str[WR__COUNT] = {
    [WR_NONE] = "", [WR_CHAN_RECV] = "chan receive", [WR_CHAN_SEND] = "chan send",
    [WR_CHAN_RECV_NIL] = "chan receive (nil chan)", [WR_CHAN_SEND_NIL] = "chan send (nil chan)",
    [WR_SELECT] = "select", [WR_SELECT_NOCASES] = "select (no cases)", [WR_SLEEP] = "sleep",
    [WR_SEMACQUIRE] = "semacquire", [WR_COND_WAIT] = "sync.Cond.Wait",
    [WR_GC] = "garbage collection", [WR_FINALIZER_WAIT] = "finalizer wait",
};

/* ---- locks and notes over futexes ---- */

static long futex(uint32_t *addr, int op, uint32_t val, const struct timespec *ts)
{
    return syscall(SYS_futex, addr, op, val, ts, NULL, 0);
}

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

/* 0 unlocked, 1 locked, 2 locked with sleepers (Drepper's mutex). */
void rt_lock(RtLock *l)
{
    uint32_t c = 0;
    if (__atomic_compare_exchange_n(&l->key, &c, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        return;
    for (int i = 0; i < 64; i++) {
        cpu_relax();
        c = 0;
        if (LOADR(&l->key) == 0 &&
            __atomic_compare_exchange_n(&l->key, &c, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            return;
    }
    c = __atomic_exchange_n(&l->key, 2, __ATOMIC_ACQUIRE);
    while (c != 0) {
        futex(&l->key, FUTEX_WAIT_PRIVATE, 2, NULL);
        c = __atomic_exchange_n(&l->key, 2, __ATOMIC_ACQUIRE);
    }
}

void rt_unlock(RtLock *l)
{
    if (__atomic_exchange_n(&l->key, 0, __ATOMIC_RELEASE) == 2)
        futex(&l->key, FUTEX_WAKE_PRIVATE, 1, NULL);
}

void note_clear(Note *n) { STORER(&n->key, 0); }

void note_wakeup(Note *n)
{
    if (__atomic_exchange_n(&n->key, 1, __ATOMIC_RELEASE) != 0)
        fatal("runtime: notewakeup - double wakeup");
    futex(&n->key, FUTEX_WAKE_PRIVATE, 1, NULL);
}

void note_sleep(Note *n)
{
    while (LOAD(&n->key) == 0)
        futex(&n->key, FUTEX_WAIT_PRIVATE, 0, NULL);
}

int note_tsleep(Note *n, int64_t ns)
{
    int64_t deadline = rt_nanotime() + ns;
    for (;;) {
        if (LOAD(&n->key) != 0)
            return 1;
        int64_t left = deadline - rt_nanotime();
        if (left <= 0)
            return 0;
        struct timespec ts = {left / 1000000000, left % 1000000000};
        futex(&n->key, FUTEX_WAIT_PRIVATE, 0, &ts);
    }
}

int64_t rt_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---- M, P and the scheduler's state ---- */

static struct {
    RtLock lock;
    M *midle;
    int32_t nmidle, nmidlelocked, mcount;
    int32_t nmfreed;        /* Ms whose thread ended (mexit) */
    int32_t maxmcount;      /* debug.SetMaxThreads (Go's sched.maxmcount) */
    P *pidle;
    uint32_t npidle;        /* atomic */
    uint32_t nmspinning;    /* atomic */
    G *runqhead, *runqtail;
    int32_t runqsize;       /* atomic reads allowed */
    G *gfree;
    int32_t ngfree;
    RtLock sudoglock;
    Sudog *sudogcache;
    uint32_t gcwaiting;     /* atomic: stop the world in progress */
    int32_t stopwait;       /* sched.lock; atomic too (stoptheworld spins on it) */
    Note stopnote;
    int64_t goidgen;        /* atomic */
    int64_t ngoroutines;    /* atomic: live goroutines, runtime ones included */
    int64_t ngsys;          /* atomic: of which runtime goroutines (Go's sched.ngsys) */
    G *rtgs[4];             /* the runtime goroutines (sched.lock) */
    int nrtgs;
    int main_goexit;        /* main called runtime.Goexit */
    int64_t starttime;
    int64_t schedtrace;     /* GODEBUG=schedtrace=N (ms) */
    int64_t procresizetime; /* last GOMAXPROCS change; totaltime sums GOMAXPROCS × time before it */
    int64_t totaltime;
} sched;

#define MAX_PROCS 256
/* Every P ever made, by id; entries are never freed or moved (sysmon and
 * idle Ms read them without locks), Ps beyond gomaxprocs are dead. */
static P *allp[MAX_PROCS];

/* Stop-the-world requests (below, "stop the world"). */
static struct {
    RtLock lock;
    uint32_t pending;           /* atomic */
    uint32_t busy;              /* atomic: a stop is in progress */
    int flags, procs;           /* STW_* asked for, GOMAXPROCS to set */
    G *waiters;
    G *gcwaiters;               /* runtime.GC: wait for a whole cycle (gc.c readies them) */
    G *markwaiters;             /* wait for a mark phase to end */
    GoMemStats *ms[64];         /* ReadMemStats requests */
    int nms;
    struct { G *g; void (*fn)(G *, void *); void *arg; } calls[64];   /* rt_stw_do requests */
    int ncalls;
} stw;

static void stw_service(M *m);

static int32_t gomaxprocs;           /* atomic */
static RtLock allglock;
static G **allgs;
static int64_t nallgs, capallgs;
static int ncpu;
int sched_stress;
static Program *program;

static __thread M *curm;


/* ---- run queues (Go's runqput/runqget/runqsteal) ---- */

static void globrunqput(G *gp)
{
    gp->schedlink = NULL;
    if (sched.runqtail)
        sched.runqtail->schedlink = gp;
    else
        sched.runqhead = gp;
    sched.runqtail = gp;
    STORER(&sched.runqsize, sched.runqsize + 1);
}

static void globrunqputbatch(G *head, G *tail, int n)
{
    tail->schedlink = NULL;
    if (sched.runqtail)
        sched.runqtail->schedlink = head;
    else
        sched.runqhead = head;
    sched.runqtail = tail;
    STORER(&sched.runqsize, sched.runqsize + n);
}

static int runqput_local(P *pp, G *gp);

/* Takes a batch from the global queue into pp's (sched.lock held); max 0:
 * a fair share. */
static G *globrunqget(P *pp, int max)
{
    int n = sched.runqsize;
    if (n == 0)
        return NULL;
    int share = n / LOADR(&gomaxprocs) + 1;
    if (share < n)
        n = share;
    if (max > 0 && n > max)
        n = max;
    if (n > RUNQ / 2)
        n = RUNQ / 2;
    STORER(&sched.runqsize, sched.runqsize - n);
    G *gp = sched.runqhead;
    sched.runqhead = gp->schedlink;
    if (!sched.runqhead)
        sched.runqtail = NULL;
    for (n--; n > 0; n--) {
        G *g1 = sched.runqhead;
        sched.runqhead = g1->schedlink;
        if (!sched.runqhead)
            sched.runqtail = NULL;
        runqput_local(pp, g1);
    }
    return gp;
}

/* The local queue is full: moves half of it and gp to the global queue. */
static int runqputslow(P *pp, G *gp, uint32_t h, uint32_t t)
{
    G *batch[RUNQ / 2 + 1];
    uint32_t n = (t - h) / 2;
    if (n != RUNQ / 2)
        fatal("runtime: runqputslow: queue is not full");
    for (uint32_t i = 0; i < n; i++)
        batch[i] = LOADR(&pp->runq[(h + i) % RUNQ]);
    if (!CAS(&pp->runqhead, &h, h + n))
        return 0;
    batch[n] = gp;
    for (uint32_t i = 0; i < n; i++)
        batch[i]->schedlink = batch[i + 1];
    rt_lock(&sched.lock);
    globrunqputbatch(batch[0], batch[n], (int)n + 1);
    rt_unlock(&sched.lock);
    return 1;
}

static int runqput_local(P *pp, G *gp)
{
    for (;;) {
        uint32_t h = LOAD(&pp->runqhead);
        uint32_t t = LOADR(&pp->runqtail);
        if (t - h < RUNQ) {
            STORER(&pp->runq[t % RUNQ], gp);
            STORE(&pp->runqtail, t + 1);
            return 1;
        }
        if (runqputslow(pp, gp, h, t))
            return 1;
    }
}

/* next: gp goes to runnext and the old runnext to the queue. */
static void runqput(P *pp, G *gp, int next)
{
    if (next) {
        G *old = LOADR(&pp->runnext);
        while (!CAS(&pp->runnext, &old, gp))
            ;
        if (!old)
            return;
        gp = old;
    }
    runqput_local(pp, gp);
}

static G *runqget(P *pp, int *inherit)
{
    G *next = LOADR(&pp->runnext);
    if (next && CAS(&pp->runnext, &next, NULL)) {
        *inherit = 1;
        return next;
    }
    *inherit = 0;
    for (;;) {
        uint32_t h = LOAD(&pp->runqhead);
        uint32_t t = LOADR(&pp->runqtail);
        if (t == h)
            return NULL;
        G *gp = LOADR(&pp->runq[h % RUNQ]);
        if (CAS(&pp->runqhead, &h, h + 1))
            return gp;
    }
}

static int runqempty(P *pp)
{
    for (;;) {
        uint32_t h = LOAD(&pp->runqhead);
        uint32_t t = LOAD(&pp->runqtail);
        G *next = LOAD(&pp->runnext);
        if (LOAD(&pp->runqtail) == t)
            return h == t && !next;
    }
}

/* Grabs half of pp's queue into batch from batchhead on. */
static uint32_t runqgrab(P *pp, G **batch, uint32_t batchhead, int steal_runnext)
{
    for (;;) {
        uint32_t h = LOAD(&pp->runqhead);
        uint32_t t = LOAD(&pp->runqtail);
        uint32_t n = t - h;
        n = n - n / 2;
        if (n == 0) {
            if (steal_runnext) {
                G *next = LOAD(&pp->runnext);
                if (next) {
                    /* its owner is likely about to run it: give it a moment (Go's usleep(3)) */
                    if (LOAD(&pp->status) == P_RUNNING)
                        usleep(3);
                    if (!CAS(&pp->runnext, &next, NULL))
                        continue;
                    STORER(&batch[batchhead % RUNQ], next);
                    return 1;
                }
            }
            return 0;
        }
        if (n > RUNQ / 2)
            continue;       /* read an inconsistent h and t */
        for (uint32_t i = 0; i < n; i++)
            STORER(&batch[(batchhead + i) % RUNQ], LOADR(&pp->runq[(h + i) % RUNQ]));
        if (CAS(&pp->runqhead, &h, h + n))
            return n;
    }
}

static G *runqsteal(P *pp, P *p2, int steal_runnext)
{
    uint32_t t = LOADR(&pp->runqtail);
    uint32_t n = runqgrab(p2, pp->runq, t, steal_runnext);
    if (n == 0)
        return NULL;
    n--;
    G *gp = LOADR(&pp->runq[(t + n) % RUNQ]);
    if (n == 0)
        return gp;
    STORE(&pp->runqtail, t + n);
    return gp;
}

/* ---- idle lists (sched.lock held) ---- */

static void pidleput(P *pp)
{
    STORE(&pp->status, P_IDLE);
    STORER(&pp->m, NULL);
    pp->link = sched.pidle;
    sched.pidle = pp;
    XADD(&sched.npidle, 1);
}

static P *pidleget(void)
{
    P *pp = sched.pidle;
    if (pp) {
        sched.pidle = pp->link;
        XADD(&sched.npidle, -1);
    }
    return pp;
}

static void mput(M *m)
{
    m->schedlink = sched.midle;
    sched.midle = m;
    sched.nmidle++;
}

static M *mget(void)
{
    M *m = sched.midle;
    if (m) {
        sched.midle = m->schedlink;
        sched.nmidle--;
    }
    return m;
}

__thread MCache *rt_mcache;

static void acquirep(M *m, P *pp)
{
    m->p = pp;
    rt_mcache = &pp->mcache;
    STORER(&pp->m, m);
    STORE(&pp->status, P_RUNNING);
}

static P *releasep(M *m)
{
    P *pp = m->p;
    m->p = NULL;
    rt_mcache = NULL;
    STORER(&pp->m, NULL);
    STORE(&pp->status, P_IDLE);
    return pp;
}

/* ---- Ms ---- */

static void checkdead(void);
static void schedule(M *m);
static void handoffp(P *pp);

/* An M given pp by startm takes it, unless a stop of the world took it
 * back meanwhile (0: the M has no P then). */
static int take_handoff(M *m, P *pp)
{
    uint32_t s = P_HANDOFF;
    if (!CAS(&pp->status, &s, P_RUNNING))
        return 0;
    acquirep(m, pp);
    return 1;
}

static void stopm(M *m, int64_t until);

static void *mstart(void *arg)
{
    M *m = arg;
    curm = m;
    P *pp = m->nextp;
    m->nextp = NULL;
    if (!take_handoff(m, pp)) {
        if (m->spinning) {
            m->spinning = 0;
            XADD(&sched.nmspinning, -1);
        }
        stopm(m, 0);
    }
    schedule(m);
    return NULL;
}

static void checkmcount(void);

static M *allocm(void)
{
    M *m = xcalloc(1, sizeof *m);
    rt_lock(&sched.lock);
    m->id = sched.mcount++;
    checkmcount();
    rt_unlock(&sched.lock);
    return m;
}

static void newm(P *pp, int spinning)
{
    M *m = allocm();
    m->nextp = pp;
    m->spinning = spinning;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)64 << 20);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&m->th, &attr, mstart, m) != 0)
        fatal("runtime: failed to create new OS thread");
    pthread_attr_destroy(&attr);
}

/* Runs some M on pp (an idle P when NULL); spinning: it looks for work. */
static void startm(P *pp, int spinning)
{
    rt_lock(&sched.lock);
    if (!pp) {
        pp = pidleget();
        if (!pp) {
            rt_unlock(&sched.lock);
            if (spinning)
                XADD(&sched.nmspinning, -1);
            return;
        }
    }
    M *nm = mget();
    STORE(&pp->status, P_HANDOFF);
    rt_unlock(&sched.lock);
    if (!nm) {
        newm(pp, spinning);
        return;
    }
    nm->spinning = spinning;
    nm->nextp = pp;
    note_wakeup(&nm->park);
}

/* New work: one more M looks for it if a P is idle and none is spinning. */
static void wakep(void)
{
    if (LOAD(&sched.npidle) == 0)
        return;
    uint32_t zero = 0;
    if (LOAD(&sched.nmspinning) != 0 || !CAS(&sched.nmspinning, &zero, 1))
        return;
    startm(NULL, 1);
}

/* Parks the M until someone hands it a P (nextp), or until `until` (a
 * nanotime, 0: no timeout) passes. Returns with m->p set. */
static void stopm(M *m, int64_t until)
{
    rt_flush_stale(0, 0);      /* about to idle: the program may be waiting; output goes out */
    for (;;) {
        rt_lock(&sched.lock);
        mput(m);
        checkdead();
        rt_unlock(&sched.lock);
        int woken = 1;
        if (until) {
            int64_t left = until - rt_nanotime();
            woken = left > 0 ? note_tsleep(&m->park, left) : 0;
        } else {
            note_sleep(&m->park);
        }
        if (!woken) {
            /* timed out: off the idle list, unless a waker got there first */
            rt_lock(&sched.lock);
            M **pp = &sched.midle;
            while (*pp && *pp != m)
                pp = &(*pp)->schedlink;
            if (*pp) {
                *pp = m->schedlink;
                sched.nmidle--;
                P *p = pidleget();
                rt_unlock(&sched.lock);
                if (p) {
                    acquirep(m, p);
                    return;
                }
                until = 0;     /* nothing free: sleep until work comes */
                continue;
            }
            rt_unlock(&sched.lock);
            note_sleep(&m->park);
        }
        note_clear(&m->park);
        P *p = m->nextp;
        m->nextp = NULL;
        if (!take_handoff(m, p)) {
            /* a stop of the world took the P: idle again */
            if (m->spinning) {
                m->spinning = 0;
                XADD(&sched.nmspinning, -1);
            }
            until = 0;
            continue;
        }
        return;
    }
}

/* ---- stop the world (GOMAXPROCS changes; the GC later) ---- */

static void gcstopm(M *m)
{
    if (m->spinning) {
        m->spinning = 0;
        XADD(&sched.nmspinning, -1);
    }
    P *pp = releasep(m);
    rt_lock(&sched.lock);
    STORE(&pp->status, P_GCSTOP);
    if (XADD(&sched.stopwait, -1) == 0)
        note_wakeup(&sched.stopnote);
    rt_unlock(&sched.lock);
    stopm(m, 0);
}

static void procresize(int32_t n);

/* Asks the G running on each P to stop at its next safepoint (Go's
 * preemptall). */
static void preempt_running(void)
{
    int n = LOAD(&gomaxprocs);
    for (int i = 0; i < n; i++) {
        if (LOAD(&allp[i]->status) != P_RUNNING)
            continue;
        M *pm = LOAD(&allp[i]->m);
        G *gp = pm ? LOAD(&pm->curg) : NULL;
        if (gp)
            STORE(&gp->preempt, 1);
    }
}

/* Called by a running G's M: every other P stops (Ps that are running
 * their G reach a safepoint first). */
static void stoptheworld(M *m)
{
    rt_lock(&sched.lock);
    STORE(&sched.stopwait, LOADR(&gomaxprocs));
    STORE(&sched.gcwaiting, 1);
    preempt_running();
    STORE(&m->p->status, P_GCSTOP);
    XADD(&sched.stopwait, -1);
    for (int i = 0; i < gomaxprocs; i++) {
        P *pp = allp[i];
        uint32_t s = P_SYSCALL;
        if (CAS(&pp->status, &s, P_GCSTOP))
            XADD(&sched.stopwait, -1);
        /* given to a thread still waking up: taken back (the thread finds
         * it gone and sleeps again) rather than waited for */
        s = P_HANDOFF;
        if (CAS(&pp->status, &s, P_GCSTOP)) {
            STORER(&pp->m, NULL);
            XADD(&sched.stopwait, -1);
        }
    }
    P *pp;
    while ((pp = pidleget())) {
        STORE(&pp->status, P_GCSTOP);
        XADD(&sched.stopwait, -1);
    }
    int wait = LOAD(&sched.stopwait) > 0;
    rt_unlock(&sched.lock);
    if (wait) {
        /* the other Ps usually stop within microseconds: spin that long
         * before sleeping, because waking a thread that sleeps can take
         * milliseconds on a virtual machine's idle CPU (measured here: a
         * 3.5 ms pause from the wake-up alone) */
        int64_t until = rt_nanotime() + 200000;
        while (LOAD(&sched.stopwait) > 0 && rt_nanotime() < until)
            for (int i = 0; i < 32; i++)
                cpu_relax();
        /* as Go's stopTheWorldWithSema: preempt again every 100 µs — a
         * running P may have switched to another G after the flags were
         * set, and that one would run on unasked */
        while (!note_tsleep(&sched.stopnote, 100000))
            preempt_running();
        note_clear(&sched.stopnote);
    }
}

/* ---- Gs ---- */

static void allgadd(G *gp)
{
    rt_lock(&allglock);
    if (nallgs == capallgs) {
        capallgs = capallgs ? capallgs * 2 : 64;
        allgs = xrealloc(allgs, (size_t)capallgs * sizeof *allgs);
    }
    allgs[nallgs++] = gp;
    rt_unlock(&allglock);
}

static G *gfget(P *pp)
{
    if (!pp->gfree && LOADR(&sched.ngfree) > 0) {
        rt_lock(&sched.lock);
        while (pp->ngfree < 32 && sched.gfree) {
            G *gp = sched.gfree;
            sched.gfree = gp->schedlink;
            STORER(&sched.ngfree, sched.ngfree - 1);
            gp->schedlink = pp->gfree;
            pp->gfree = gp;
            pp->ngfree++;
        }
        rt_unlock(&sched.lock);
    }
    G *gp = pp->gfree;
    if (gp) {
        pp->gfree = gp->schedlink;
        pp->ngfree--;
    }
    return gp;
}

static void gfput(P *pp, G *gp)
{
    /* big stacks are not kept (Go frees non-standard-size stacks) */
    if (gp->stack_words > 1024) {
        free(gp->stack);
        gp->stack = NULL;
        gp->stack_words = 0;
    }
    gp->schedlink = pp->gfree;
    pp->gfree = gp;
    if (++pp->ngfree >= 64) {
        rt_lock(&sched.lock);
        while (pp->ngfree >= 32) {
            G *g1 = pp->gfree;
            pp->gfree = g1->schedlink;
            pp->ngfree--;
            g1->schedlink = sched.gfree;
            sched.gfree = g1;
            STORER(&sched.ngfree, sched.ngfree + 1);
        }
        rt_unlock(&sched.lock);
    }
}

/* `go fn(args)`: a new goroutine in runnext of the current P. */
static void start_sysmon(void);

static G *newproc1(G *g, Closure *fn, const uint64_t *args, int nargs, const Instr *pc, int runtimeg)
{
    start_sysmon();
    M *m = curm;
    P *pp = m->p;
    G *ng = gfget(pp);
    if (!ng) {
        ng = vm_alloc_g();
        ng->prog = program;
        STORE(&ng->status, GS_DEAD);
        allgadd(ng);
    }
    vm_setup_g(ng, fn, args, nargs);
    gc_new_g(ng);
    ng->goid = XADD(&sched.goidgen, 1);
    ng->gofn = g ? ((const Closure *)g->stack[g->base - 3])->fn : NULL;
    ng->gopc = pc;
    XADD(&sched.ngoroutines, 1);
    if (runtimeg) {
        rt_lock(&sched.lock);
        if (sched.nrtgs == (int)(sizeof sched.rtgs / sizeof sched.rtgs[0]))
            fatal("runtime: too many runtime goroutines");
        STORE(&sched.rtgs[sched.nrtgs], ng);
        STORE(&sched.nrtgs, sched.nrtgs + 1);
        rt_unlock(&sched.lock);
        XADD(&sched.ngsys, 1);
    }
    STORE(&ng->status, GS_RUNNABLE);
    runqput(pp, ng, 1);
    wakep();
    return ng;
}

void rt_newproc(G *g, Closure *fn, const uint64_t *args, int nargs, const Instr *pc)
{
    newproc1(g, fn, args, nargs, pc, 0);
}

G *rt_newproc_runtime(G *g, Closure *fn)
{
    return newproc1(g, fn, NULL, 0, g ? g->pc : NULL, 1);
}

/* A runtime goroutine parked for a runtime reason: deadlock detection and
 * tracebacks leave it out; running user code (a finalizer), it counts as a
 * user goroutine (Go's isSystemGoroutine with fingRunning). sched.lock held. */
static int runtime_g_idle(G *gp)
{
    for (int i = 0; i < sched.nrtgs; i++)
        if (sched.rtgs[i] == gp)
            return LOAD(&gp->status) == GS_WAITING && gp->waitreason == WR_FINALIZER_WAIT;
    return 0;
}

int rt_procpin(G *g)
{
    g->locks++;
    return curm->p->id;
}

void rt_procunpin(G *g)
{
    g->locks--;
}

int64_t rt_numgoroutine(void)
{
    return LOAD(&sched.ngoroutines) - LOAD(&sched.ngsys);
}

/* ---- parking and readying ---- */

static void stoplockedm(M *m);

int gopark(G *g, int (*unlockf)(G *, void *), void *lock, int reason, int (*k)(G *))
{
    g->waitreason = (uint8_t)reason;
    g->waitk = k;
    if (g->ncall == 0) {
        /* the interpreter unwinds to the scheduler, which parks it */
        g->unlockf = unlockf;
        g->unlockarg = lock;
        g->parkreq = PR_PARK;
        return VM_SWITCH;
    }
    /* nested VM entry: the M sleeps with the G */
    M *m = curm;
    g->lockedm = m;
    m->lockedg = g;
    STORE(&g->status, GS_WAITING);
    STORE(&m->curg, NULL);
    if (unlockf && !unlockf(g, lock)) {
        STORE(&g->status, GS_RUNNING);
        STORE(&m->curg, g);
    } else {
        stoplockedm(m);
    }
    if (!g->lockedext) {    /* LockOSThread keeps them */
        g->lockedm = NULL;
        m->lockedg = NULL;
    }
    g->waitk = NULL;
    if (k && k(g) == VM_SWITCH)
        fatal("runtime: nested park asked to switch");
    return 0;
}

void goready(G *gp)
{
    uint32_t s = GS_WAITING;
    if (!CAS(&gp->status, &s, GS_RUNNABLE))
        fatal("runtime: goready of a goroutine that is not waiting (status %u)", s);
    M *m = curm;
    if (m && m->p) {
        runqput(m->p, gp, 1);
        wakep();
        return;
    }
    /* no P here (a timer fired by an idle M, sysmon): the global queue */
    rt_lock(&sched.lock);
    globrunqput(gp);
    rt_unlock(&sched.lock);
    wakep();
}

void rt_gosched(G *g)
{
    if (g->ncall == 0)
        g->parkreq = PR_YIELD;  /* the interpreter returns to the scheduler after the call */
}

/* gp runs on this M from now (which holds a P): in a mark phase its stack
 * is scanned first, unless it has been (gc.h's invariant, point 2). */
static inline void set_running(G *gp)
{
    STORE(&gp->status, GS_RUNNING);
    if (__builtin_expect(gc_is_marking(), 0))
        gc_scan_before_run(gp);
}

/* The G is parked with this M (nested): the P goes elsewhere until the G
 * is scheduled, when startlockedm hands a P back. */
static void stoplockedm(M *m)
{
    if (m->p)
        handoffp(releasep(m));
    rt_lock(&sched.lock);
    sched.nmidlelocked++;
    checkdead();
    rt_unlock(&sched.lock);
    note_sleep(&m->park);
    note_clear(&m->park);
    rt_lock(&sched.lock);
    sched.nmidlelocked--;
    rt_unlock(&sched.lock);
    P *pp = m->nextp;
    m->nextp = NULL;
    acquirep(m, pp);
    G *g = m->lockedg;
    set_running(g);
    STORE(&m->curg, g);
}

/* Schedules a G that is locked to another M: hands it our P and stops. */
static void startlockedm(M *m, G *gp)
{
    M *mp = gp->lockedm;
    P *pp = releasep(m);
    mp->nextp = pp;
    note_wakeup(&mp->park);
    stopm(m, 0);
}

/* The M stops running Go code for a while (a blocking native): its P can be
 * taken by sysmon and handed to another M. */
void entersyscall(G *g)
{
    M *m = curm;
    P *pp = m->p;
    m->oldp = pp;
    rt_mcache = NULL;       /* the P may be handed to another M meanwhile */
    STORER(&pp->syscalltick, pp->syscalltick + 1);
    STORE(&g->status, GS_SYSCALL);
    STORE(&pp->status, P_SYSCALL);
    if (LOAD(&sched.gcwaiting)) {
        /* Go's entersyscall_gcwait: a stop of the world that began while this P
         * was running counts on it stopping at a safepoint; give it up now */
        rt_lock(&sched.lock);
        uint32_t s = P_SYSCALL;
        if (LOAD(&sched.stopwait) > 0 && CAS(&pp->status, &s, P_GCSTOP)) {
            if (XADD(&sched.stopwait, -1) == 0)
                note_wakeup(&sched.stopnote);
        }
        rt_unlock(&sched.lock);
    }
}

void exitsyscall(G *g)
{
    M *m = curm;
    P *pp = m->oldp;
    m->oldp = NULL;
    uint32_t s = P_SYSCALL;
    if (CAS(&pp->status, &s, P_RUNNING)) {
        rt_mcache = &pp->mcache;
        set_running(g);
        return;
    }
    /* the P was retaken: any idle P, else wait for one with the G locked here */
    m->p = NULL;
    rt_lock(&sched.lock);
    P *np = pidleget();
    rt_unlock(&sched.lock);
    if (np) {
        acquirep(m, np);
        set_running(g);
        return;
    }
    g->lockedm = m;
    m->lockedg = g;
    STORE(&m->curg, NULL);
    STORE(&g->status, GS_RUNNABLE);
    rt_lock(&sched.lock);
    globrunqput(g);
    rt_unlock(&sched.lock);
    wakep();
    stoplockedm(m);
    if (!g->lockedext) {
        g->lockedm = NULL;
        m->lockedg = NULL;
    }
}

/* Gives pp to an M if there is work for it, else makes it idle. */
static void handoffp(P *pp)
{
    if (!runqempty(pp) || LOADR(&sched.runqsize) != 0) {
        startm(pp, 0);
        return;
    }
    uint32_t zero = 0;
    if (LOAD(&sched.nmspinning) + LOAD(&sched.npidle) == 0 && CAS(&sched.nmspinning, &zero, 1)) {
        startm(pp, 1);
        return;
    }
    rt_lock(&sched.lock);
    if (LOAD(&sched.gcwaiting)) {
        STORE(&pp->status, P_GCSTOP);
        if (XADD(&sched.stopwait, -1) == 0)
            note_wakeup(&sched.stopnote);
        rt_unlock(&sched.lock);
        return;
    }
    if (sched.runqsize != 0) {
        rt_unlock(&sched.lock);
        startm(pp, 0);
        return;
    }
    /* a stop-the-world request from a goroutine that sleeps with its M
     * (runtime.GC in a nested VM entry: a deferred call run by a panic, a
     * String method): an M must serve it */
    if (LOAD(&stw.pending) || gc_requested()) {
        rt_unlock(&sched.lock);
        startm(pp, 0);
        return;
    }
    /* the last running P with timers keeps an M to run them */
    if (LOAD(&sched.npidle) == (uint32_t)gomaxprocs - 1 && LOAD(&pp->timer0when) != 0) {
        rt_unlock(&sched.lock);
        startm(pp, 0);
        return;
    }
    pidleput(pp);
    rt_unlock(&sched.lock);
}

/* ---- finding work ---- */

static int64_t earliest_timer(void)
{
    int64_t w = 0;
    for (int i = 0; i < LOADR(&gomaxprocs); i++) {
        int64_t t = LOAD(&LOAD(&allp[i])->timer0when);
        if (t && (!w || t < w))
            w = t;
    }
    return w;
}

/* Steals from other Ps: four rounds over them in random order; the last
 * round also takes their runnext and runs their due timers. */
static G *stealwork(M *m, P *pp, int *ranTimer)
{
    int n = LOADR(&gomaxprocs);
    for (int round = 0; round < 4; round++) {
        int last = round == 3;
        uint32_t start = rt_fastrand() % (uint32_t)n;
        for (int k = 0; k < n; k++) {
            if (LOAD(&sched.gcwaiting))
                return NULL;
            P *p2 = allp[(start + (uint32_t)k) % (uint32_t)n];
            if (p2 == pp)
                continue;
            if (last && LOAD(&p2->timer0when) && LOAD(&p2->timer0when) <= rt_nanotime()) {
                if (timers_run(p2, rt_nanotime()) >= 0)
                    *ranTimer = 1;
                G *gp;
                int inh;
                if ((gp = runqget(pp, &inh)))
                    return gp;
            }
            if (LOAD(&p2->status) == P_IDLE)
                continue;
            G *gp = runqsteal(pp, p2, last);
            if (gp)
                return gp;
        }
    }
    return NULL;
}

static void resetspinning(M *m)
{
    m->spinning = 0;
    if (XADD(&sched.nmspinning, -1) == 0)
        wakep();    /* we were the last spinner: someone else looks for more */
}

/* Blocks until there is a G to run (m->p may change meanwhile). */
static G *findrunnable(M *m, int *inherit)
{
top:;
    P *pp = m->p;
    if (LOAD(&sched.gcwaiting)) {
        gcstopm(m);
        goto top;
    }
    /* a request with no goroutine to make it (sysmon's forced collection),
     * served by the M it woke */
    if (__builtin_expect(LOAD(&stw.pending) || gc_requested(), 0)) {
        if (m->spinning) {
            m->spinning = 0;
            XADD(&sched.nmspinning, -1);
        }
        stw_service(m);
        goto top;
    }
    if (LOAD(&pp->timer0when))
        timers_run(pp, rt_nanotime());
    G *gp = runqget(pp, inherit);
    if (gp)
        return gp;
    if (LOADR(&sched.runqsize)) {
        rt_lock(&sched.lock);
        gp = globrunqget(pp, 0);
        rt_unlock(&sched.lock);
        if (gp) {
            *inherit = 0;
            return gp;
        }
    }
    int busy = LOADR(&gomaxprocs) - (int)LOAD(&sched.npidle);
    if (m->spinning || 2 * (int)LOAD(&sched.nmspinning) < busy) {
        if (!m->spinning) {
            m->spinning = 1;
            XADD(&sched.nmspinning, 1);
        }
        int ran = 0;
        gp = stealwork(m, pp, &ran);
        if (gp) {
            *inherit = 0;
            return gp;
        }
        if (ran)
            goto top;
    }
    /* nothing to run: sweep (Go's background sweeper), mark (its idle mark worker) */
    if (sweep_some(16))
        goto top;
    if (__builtin_expect(gc_is_marking(), 0)) {
        if (m->spinning)
            resetspinning(m);
        if (gc_idle_work(pp) || gc_requested())
            goto top;
    }
    /* nothing: give up the P */
    rt_lock(&sched.lock);
    if (LOAD(&sched.gcwaiting)) {
        rt_unlock(&sched.lock);
        goto top;
    }
    if (sched.runqsize) {
        gp = globrunqget(pp, 0);
        rt_unlock(&sched.lock);
        *inherit = 0;
        return gp;
    }
    releasep(m);
    pidleput(pp);
    rt_unlock(&sched.lock);
    if (m->spinning) {
        m->spinning = 0;
        XADD(&sched.nmspinning, -1);
        /* work that arrived after we looked, with no spinner to see it */
        for (int i = 0; i < LOADR(&gomaxprocs); i++) {
            if (!runqempty(allp[i])) {
                rt_lock(&sched.lock);
                P *np = pidleget();
                rt_unlock(&sched.lock);
                if (np) {
                    acquirep(m, np);
                    m->spinning = 1;
                    XADD(&sched.nmspinning, 1);
                    goto top;
                }
                break;
            }
        }
    }
    stopm(m, earliest_timer());
    goto top;
}

static void goexit0(M *m, G *gp);

/* Runs gp on m until it gives up the M. */
static void execute(M *m, G *gp, int inherit)
{
    P *pp = m->p;
    set_running(gp);
    gp->m = m;
    STORE(&m->curg, gp);
    if (!inherit)
        STORER(&pp->schedtick, pp->schedtick + 1);
    if (sched_stress)
        STORER(&gp->preempt, 1);
    for (;;) {
        gp->parkreq = PR_NONE;
        int r = vm_resume(gp);
        if (r == VM_DONE) {
            goexit0(m, gp);
            return;
        }
        switch (gp->parkreq) {
        case PR_EXIT:
            goexit0(m, gp);
            return;
        case PR_YIELD:
            malloc_populate(gp);    /* its P may change (exitsyscall) */
            STORE(&m->curg, NULL);
            STORE(&gp->status, GS_RUNNABLE);
            rt_lock(&sched.lock);
            globrunqput(gp);
            rt_unlock(&sched.lock);
            return;
        case PR_PARK: {
            int (*unlockf)(G *, void *) = gp->unlockf;
            void *arg = gp->unlockarg;
            gp->unlockf = NULL;
            gp->unlockarg = NULL;
            STORE(&m->curg, NULL);
            gp->waitsince = 0;
            STORE(&gp->status, GS_WAITING);
            if (unlockf && !unlockf(gp, arg)) {
                /* the wait is over already: run it again */
                set_running(gp);
                STORE(&m->curg, gp);
                continue;
            }
            return;
        }
        default:
            fatal("runtime: goroutine switched without a reason");
        }
    }
}

/* A runtime goroutine ends (runtime.Goexit in a finalizer): it leaves the
 * list. The look without the lock keeps ordinary exits off sched.lock. */
static void forget_runtime_g(G *gp)
{
    int found = 0;
    for (int i = 0; i < LOAD(&sched.nrtgs); i++)
        found |= LOAD(&sched.rtgs[i]) == gp;
    if (!found)
        return;
    rt_lock(&sched.lock);
    for (int i = 0; i < sched.nrtgs; i++)
        if (sched.rtgs[i] == gp) {
            STORE(&sched.rtgs[i], sched.rtgs[sched.nrtgs - 1]);
            STORE(&sched.nrtgs, sched.nrtgs - 1);
            XADD(&sched.ngsys, -1);
            break;
        }
    rt_unlock(&sched.lock);
}

/* The M's goroutine ended while locked to it (LockOSThread without
 * UnlockOSThread): as Go's mexit, its thread exits, its P going to other
 * Ms. The first M's thread exits too: unlike Go's m0 it is not the process's
 * initial thread, which waits in cli/main.c for as long as the program runs. */
static _Noreturn void mexit(M *m)
{
    handoffp(releasep(m));
    rt_lock(&sched.lock);
    sched.nmfreed++;
    checkdead();
    rt_unlock(&sched.lock);
    pthread_exit(NULL);
}

static void goexit0(M *m, G *gp)
{
    STORE(&m->curg, NULL);
    if (gp->goid == 1 && !gp->goexiting) {
        /* main returned: the program ends, other goroutines with it */
        rt_exit(0);
    }
    if (gp->goid == 1) {
        rt_lock(&sched.lock);
        sched.main_goexit = 1;
        rt_unlock(&sched.lock);
    }
    forget_runtime_g(gp);
    gp->defers = NULL;
    gp->panics = NULL;
    gp->goexiting = 0;
    gp->waitk = NULL;
    gp->gofn = NULL;
    gp->gopc = NULL;
    int locked = gp->lockedext != 0;
    if (locked) {
        gp->lockedext = 0;
        gp->lockedm = NULL;
        m->lockedg = NULL;
    }
    STORE(&gp->status, GS_DEAD);
    XADD(&sched.ngoroutines, -1);
    gfput(m->p, gp);
    if (locked)
        mexit(m);   /* it ended locked to its thread: the thread ends too, as Go's */
}

static void schedule(M *m)
{
    for (;;) {
        if (__builtin_expect(m->lockedg != NULL, 0)) {
            /* locked to its goroutine (LockOSThread), which has parked or
             * yielded: the P goes to other Ms until the goroutine is
             * scheduled again and someone hands this M a P to run it
             * (Go's stoplockedm) */
            G *gp = m->lockedg;
            stoplockedm(m);
            execute(m, gp, 0);
            continue;
        }
        if (LOAD(&sched.gcwaiting)) {
            gcstopm(m);
            continue;
        }
        if (__builtin_expect(LOAD(&stw.pending) || gc_requested(), 0))
            stw_service(m);
        P *pp = m->p;
        G *gp = NULL;
        int inherit = 0;
        /* the P's share of marking (gc.c) */
        if (__builtin_expect(gc_is_marking(), 0) && gc_background_work(pp))
            continue;
        if (LOAD(&pp->timer0when) && LOAD(&pp->timer0when) <= rt_nanotime())
            timers_run(pp, rt_nanotime());
        if (LOADR(&pp->schedtick) % 61 == 0 && LOADR(&sched.runqsize) > 0) {
            rt_lock(&sched.lock);
            gp = globrunqget(pp, 1);
            rt_unlock(&sched.lock);
        }
        if (!gp)
            gp = runqget(pp, &inherit);
        if (!gp)
            gp = findrunnable(m, &inherit);
        if (m->spinning)
            resetspinning(m);
        if (gp->lockedm) {
            startlockedm(m, gp);
            continue;
        }
        execute(m, gp, inherit);
    }
}

/* ---- deadlock ---- */

static const char *gstatus_str(G *gp)
{
    switch (LOAD(&gp->status)) {
    case GS_RUNNABLE: return "runnable";
    case GS_RUNNING: return "running";
    case GS_SYSCALL: return "syscall";
    case GS_WAITING: return wait_reason_str[gp->waitreason];
    default: return "dead";
    }
}

/* Every goroutine's traceback (a fatal error's report); sched.lock held. */
static void traceback_all(Buf *b)
{
    rt_lock(&allglock);
    for (int64_t i = 0; i < nallgs; i++) {
        G *gp = allgs[i];
        if (LOAD(&gp->status) == GS_DEAD || runtime_g_idle(gp))
            continue;
        buf_puts(b, "\n");
        vm_traceback_waiting(gp, b, gstatus_str(gp));
    }
    rt_unlock(&allglock);
}

/* runtime.Stack(buf, true), with the world stopped: the traces of the
 * goroutines other than me, each after a blank line, in the order they
 * were made, as Go's tracebackothers. Runtime goroutines are left out
 * unless they run the program's code (the finalizer goroutine inside a
 * finalizer: a nested VM entry), as Go's isSystemGoroutine. */
void sched_traceback_others(G *me, Buf *b)
{
    rt_lock(&sched.lock);
    rt_lock(&allglock);
    for (int64_t i = 0; i < nallgs; i++) {
        G *gp = allgs[i];
        if (gp == me || LOAD(&gp->status) == GS_DEAD)
            continue;
        int rtg = 0;
        for (int k = 0; k < sched.nrtgs; k++)
            rtg |= sched.rtgs[k] == gp;
        if (rtg && gp->ncall == 0)
            continue;
        buf_puts(b, "\n");
        vm_traceback_waiting(gp, b, gstatus_str(gp));
    }
    rt_unlock(&allglock);
    rt_unlock(&sched.lock);
}

/* sched.lock held. */
static void checkdead(void)
{
    int run = sched.mcount - sched.nmfreed - sched.nmidle - sched.nmidlelocked;
    if (run > 0)
        return;
    /* a cycle under way (runtime.GC waits for it): its end readies them,
     * and sysmon sees that it ends */
    if (gc_is_marking() || gc_requested())
        return;
    int waiting = 0;
    rt_lock(&allglock);
    for (int64_t i = 0; i < nallgs; i++) {
        uint32_t s = LOAD(&allgs[i]->status);
        if (runtime_g_idle(allgs[i]))
            continue;
        if (s == GS_WAITING)
            waiting++;
        else if (s == GS_RUNNABLE || s == GS_RUNNING || s == GS_SYSCALL) {
            rt_unlock(&allglock);
            return;     /* about to be run (Go throws "checkdead: runnable g") */
        }
    }
    rt_unlock(&allglock);
    if (waiting == 0 && sched.main_goexit) {
        Buf b = {0};
        buf_puts(&b, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        rt_write(NULL, 2, b.s, b.n);
        rt_exit(2);
    }
    if (earliest_timer())
        return;     /* a timer will wake someone */
    Buf b = {0};
    buf_puts(&b, "fatal error: all goroutines are asleep - deadlock!\n");
    traceback_all(&b);
    rt_write(NULL, 2, b.s, b.n);
    rt_exit(2);
}

/* ---- sysmon ---- */

#define FORCE_PREEMPT_NS 10000000   /* 10 ms */

static void schedtrace(int64_t now)
{
    Buf b = {0};
    rt_lock(&sched.lock);
    buf_printf(&b, "SCHED %lldms: gomaxprocs=%d idleprocs=%u threads=%d spinningthreads=%u idlethreads=%d runqueue=%d [",
               (long long)((now - sched.starttime) / 1000000), gomaxprocs, LOAD(&sched.npidle),
               sched.mcount + 1, LOAD(&sched.nmspinning), sched.nmidle, sched.runqsize);
    for (int i = 0; i < gomaxprocs; i++) {
        P *pp = allp[i];
        uint32_t n = LOAD(&pp->runqtail) - LOAD(&pp->runqhead);
        buf_printf(&b, i ? " %u" : "%u", n);
    }
    buf_puts(&b, "]\n");
    rt_unlock(&sched.lock);
    rt_write(NULL, 2, b.s, b.n);
    buf_free(&b);
}

/* Go's forcegc: gc.c has asked for a collection because none has run for
 * two minutes. The next M to pass through schedule() serves it (Go's
 * sysmon readies its forcegc goroutine instead): a running goroutine is
 * asked to yield, or with no P running an idle one gets an M. */
static void sysmon_request_gc(int n)
{
    for (int i = 0; i < n; i++) {
        P *pp = allp[i];
        if (LOAD(&pp->status) != P_RUNNING)
            continue;
        M *pm = LOAD(&pp->m);
        G *gp = pm ? LOAD(&pm->curg) : NULL;
        if (gp)
            STORE(&gp->preempt, 1);
        return;
    }
    startm(NULL, 0);
}

static void *sysmon(void *arg)
{
    (void)arg;
    int64_t delay = 20000;      /* ns: 20 µs, doubling to 10 ms after 50 idle rounds (Go's) */
    int idle = 0;
    int64_t lasttrace = rt_nanotime() - sched.schedtrace * 1000000;   /* go prints at start too */
    for (;;) {
        struct timespec ts = {0, delay};
        nanosleep(&ts, NULL);
        int64_t now = rt_nanotime();
        int retook = 0;
        rt_lock(&sched.lock);
        int n = gomaxprocs;
        rt_unlock(&sched.lock);
        if (LOAD(&sched.gcwaiting))
            continue;
        gc_sysmon(now);
        if (gc_force_due(now) || gc_requested())
            sysmon_request_gc(n);
        int queued = 0;         /* a running P has Gs waiting in its queue */
        for (int i = 0; i < n; i++) {
            P *pp = allp[i];
            uint32_t s = LOAD(&pp->status);
            if (s == P_RUNNING) {
                queued |= !runqempty(pp);
                uint32_t t = LOADR(&pp->schedtick);
                if (pp->sm_schedtick != t) {
                    pp->sm_schedtick = t;
                    pp->sm_schedwhen = now;
                } else if (now - pp->sm_schedwhen >= FORCE_PREEMPT_NS) {
                    M *pm = LOAD(&pp->m);
                    G *gp = pm ? LOAD(&pm->curg) : NULL;
                    if (gp)
                        STORE(&gp->preempt, 1);
                }
            } else if (s == P_SYSCALL) {
                uint32_t t = LOADR(&pp->syscalltick);
                if (pp->sm_syscalltick != t) {
                    pp->sm_syscalltick = t;
                    pp->sm_syscallwhen = now;
                    continue;
                }
                if (runqempty(pp) && LOAD(&sched.nmspinning) + LOAD(&sched.npidle) > 0 &&
                    now - pp->sm_syscallwhen < FORCE_PREEMPT_NS)
                    continue;
                if (CAS(&pp->status, &s, P_IDLE)) {
                    STORER(&pp->syscalltick, pp->syscalltick + 1);
                    retook = 1;
                    handoffp(pp);
                }
            }
        }
        rt_flush_stale(now, 10000000);
        /* overdue timers with every M asleep; or runnable Gs queued behind a
         * running one while a P idles and no M looks for work: a wake-up that
         * was missed (two busy goroutines would otherwise share one P for good
         * after a stop of the world left them on the same queue) */
        int64_t next = earliest_timer();
        if (((next && next <= now) || queued || LOAD(&sched.runqsize) > 0) &&
            LOAD(&sched.npidle) > 0 && LOAD(&sched.nmspinning) == 0)
            wakep();
        if (sched.schedtrace > 0 && now - lasttrace >= sched.schedtrace * 1000000) {
            lasttrace = now;
            schedtrace(now);
        }
        /* Go's back-off: 20 µs while it keeps retaking Ps, doubling after 50
         * rounds with nothing to do, up to 10 ms */
        idle = retook ? 0 : idle + 1;
        if (idle == 0)
            delay = 20000;
        else if (idle > 50 && delay < 10000000)
            delay *= 2;
        if (delay > 10000000)
            delay = 10000000;
        if (sched.schedtrace > 0 && delay > 1000000)
            delay = 1000000;
    }
    return NULL;
}

/* sysmon starts with the second goroutine (or for schedtrace): until then
 * there is nothing to preempt for or hand a P to, and a program with one
 * goroutine starts faster without creating the thread. */
static uint32_t sysmon_started;

static void start_sysmon(void)
{
    uint32_t zero = 0;
    if (LOADR(&sysmon_started) || !CAS(&sysmon_started, &zero, 1))
        return;
    pthread_t th;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&th, &attr, sysmon, NULL) != 0)
        fatal("runtime: failed to create sysmon thread");
    pthread_attr_destroy(&attr);
}

/* ---- threads: debug.SetMaxThreads, runtime.LockOSThread ---- */

/* Go's checkmcount: the threads are the Ms, sysmon's included (sched.lock
 * held). */
static void checkmcount(void)
{
    int64_t n = (int64_t)sched.mcount - sched.nmfreed + (LOAD(&sysmon_started) ? 1 : 0);
    if (n <= sched.maxmcount)
        return;
    Buf b = {0};
    buf_printf(&b, "runtime: program exceeds %d-thread limit\nfatal error: thread exhaustion\n", sched.maxmcount);
    G *gp = curm ? LOAD(&curm->curg) : NULL;
    if (gp) {
        buf_puts(&b, "\n");
        vm_traceback(gp, &b);
    }
    rt_write(NULL, 2, b.s, b.n);
    rt_exit(2);
}

int64_t rt_setmaxthreads(int64_t n)
{
    rt_lock(&sched.lock);
    int64_t old = sched.maxmcount;
    sched.maxmcount = n > 0x7fffffff ? 0x7fffffff : (int32_t)n;
    checkmcount();
    rt_unlock(&sched.lock);
    return old;
}

void rt_lockosthread(G *g)
{
    M *m = curm;
    if (g->lockedext == UINT32_MAX)
        rt_panic_string(g, "LockOSThread nesting overflow");
    g->lockedext++;
    g->lockedm = m;
    m->lockedg = g;
}

void rt_unlockosthread(G *g)
{
    if (g->lockedext == 0 || --g->lockedext > 0)
        return;
    curm->lockedg = NULL;
    g->lockedm = NULL;
}

/* ---- GOMAXPROCS ---- */

static void procresize(int32_t n)
{
    int32_t old = gomaxprocs;
    int64_t now = rt_nanotime();
    if (sched.procresizetime != 0)
        sched.totaltime += (int64_t)old * (now - sched.procresizetime);
    sched.procresizetime = now;
    for (int32_t i = old; i < n; i++) {
        P *pp = allp[i];
        if (!pp) {
            pp = xcalloc(1, sizeof *pp);
            pp->id = i;
        }
        STORE(&pp->status, P_GCSTOP);
        STORE(&allp[i], pp);
    }
    /* Ps that go away hand their Gs and timers to P 0's queues */
    for (int32_t i = n; i < old; i++) {
        P *pp = allp[i];
        int inh;
        G *gp;
        while ((gp = runqget(pp, &inh)))
            globrunqput(gp);
        while (pp->ngfree > 0) {
            G *g1 = pp->gfree;
            pp->gfree = g1->schedlink;
            pp->ngfree--;
            g1->schedlink = sched.gfree;
            sched.gfree = g1;
            STORER(&sched.ngfree, sched.ngfree + 1);
        }
        rt_lock(&pp->timerslock);
        while (pp->ntimers > 0) {
            Timer *t = pp->timers[0];
            rt_unlock(&pp->timerslock);
            timer_del(t);
            t->pp = NULL;
            timer_add_to(allp[0], t);
            rt_lock(&pp->timerslock);
        }
        rt_unlock(&pp->timerslock);
        mcache_release(&pp->mcache);
        STORE(&pp->status, P_DEAD);
    }
    STORE(&gomaxprocs, n);
}

/* After stoptheworld: GOMAXPROCS becomes n (may be the same), our P runs
 * again, every other P with work gets an M, the rest are idle. */
static int64_t world_restart(M *m, int32_t n)
{
    rt_lock(&sched.lock);
    P *mine = m->p;
    if (mine->id >= n) {        /* our P goes away: run on P 0 */
        m->p = NULL;
        rt_mcache = NULL;
        STORER(&mine->m, NULL);
    }
    procresize(n);
    if (!m->p)
        acquirep(m, allp[0]);
    else
        STORE(&m->p->status, P_RUNNING);
    STORE(&sched.gcwaiting, 0);
    P *withwork = NULL;
    for (int i = n - 1; i >= 0; i--) {
        P *pp = allp[i];
        if (pp == m->p)
            continue;
        if (runqempty(pp) && !LOAD(&pp->timer0when)) {
            pidleput(pp);
        } else {
            pp->link = withwork;
            withwork = pp;
        }
    }
    /* more to run than our P's next G: a spinning M may take it (Go's
     * startTheWorld wakes one whatever the queues hold; here a woken
     * thread was often put on this CPU and held the restart for 2–4 ms
     * while it looked for work in vain) */
    P *me = m->p;
    int more = sched.runqsize > 0 ||
               LOAD(&me->runqtail) - LOAD(&me->runqhead) + (LOAD(&me->runnext) != NULL) > 1;
    rt_unlock(&sched.lock);
    while (withwork) {
        P *pp = withwork;
        withwork = pp->link;
        startm(pp, 0);
    }
    /* the world runs: the time the pause ends, taken before the extra
     * wake-up as Go's startTheWorldWithSema does */
    int64_t started = rt_nanotime();
    if (more)
        wakep();
    return started;
}

/* Stop-the-world requests (runtime.GC, GOMAXPROCS(n), a heap past its
 * goal): the asking G parks, and the scheduler — with no G running on its
 * M — stops every other P at a safepoint, does the work, starts the world
 * again and readies the askers. One at a time (stw.busy). */
static int unlock_stw(G *g, void *arg)
{
    (void)g;
    (void)arg;
    rt_unlock(&stw.lock);
    return 1;
}

int rt_stw_request(G *g, int flags, int procs)
{
    rt_lock(&stw.lock);
    stw.flags |= flags;
    if (procs)
        stw.procs = procs;
    int (*k)(G *) = NULL;
    if (flags & STW_GC) {
        g->schedlink = stw.gcwaiters;
        stw.gcwaiters = g;
        k = flags & STW_SCAVENGE ? gc_wait_done_scavenge : gc_wait_done;
    } else if (flags & STW_GCMARKWAIT) {
        g->schedlink = stw.markwaiters;
        stw.markwaiters = g;
    } else {
        g->schedlink = stw.waiters;
        stw.waiters = g;
    }
    __atomic_store_n(&stw.pending, 1, __ATOMIC_SEQ_CST);
    return gopark(g, unlock_stw, NULL, WR_GC, k);
}

int rt_read_memstats(G *g, void *out)
{
    rt_lock(&stw.lock);
    while (stw.nms == 64) {     /* full: let the scheduler serve the others first */
        rt_unlock(&stw.lock);
        sched_yield();
        rt_lock(&stw.lock);
    }
    stw.ms[stw.nms++] = out;
    g->schedlink = stw.waiters;
    stw.waiters = g;
    __atomic_store_n(&stw.pending, 1, __ATOMIC_SEQ_CST);
    return gopark(g, unlock_stw, NULL, WR_GC, NULL);
}

int rt_stw_do(G *g, void (*fn)(G *g, void *arg), void *arg)
{
    rt_lock(&stw.lock);
    while (stw.ncalls == 64) {  /* full: let the scheduler serve the others first */
        rt_unlock(&stw.lock);
        sched_yield();
        rt_lock(&stw.lock);
    }
    stw.calls[stw.ncalls].g = g;
    stw.calls[stw.ncalls].fn = fn;
    stw.calls[stw.ncalls].arg = arg;
    stw.ncalls++;
    g->schedlink = stw.waiters;
    stw.waiters = g;
    __atomic_store_n(&stw.pending, 1, __ATOMIC_SEQ_CST);
    return gopark(g, unlock_stw, NULL, WR_GC, NULL);
}

static void stw_service(M *m)
{
    for (;;) {
        uint32_t zero = 0;
        if (!__atomic_compare_exchange_n(&stw.busy, &zero, 1, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            return;     /* the M doing it looks again when it is done */
        rt_lock(&stw.lock);
        int flags = stw.flags;
        int dogc = (flags & (STW_GC | STW_GCMARKWAIT)) || gc_requested();
        int procs = stw.procs;
        G *w = stw.waiters;
        G *gw = stw.gcwaiters;
        G *mw = stw.markwaiters;
        stw.gcwaiters = stw.markwaiters = NULL;
        GoMemStats *ms[64];
        int nms = stw.nms;
        memcpy(ms, stw.ms, (size_t)nms * sizeof ms[0]);
        stw.nms = 0;
        __typeof__(stw.calls) calls;
        int ncalls = stw.ncalls;
        memcpy(calls, stw.calls, (size_t)ncalls * sizeof calls[0]);
        stw.ncalls = 0;
        stw.waiters = NULL;
        stw.flags = stw.procs = 0;
        __atomic_store_n(&stw.pending, 0, __ATOMIC_SEQ_CST);
        rt_unlock(&stw.lock);
        int64_t tstop = rt_nanotime();     /* the collection's start (Go's tSweepTerm) */
        stoptheworld(m);
        if (gw)
            gc_add_waiters(gw);
        if (mw) {
            /* those gc.c does not keep (no mark phase) are ready now */
            for (G *rest = gc_add_mark_waiters(mw), *next; rest; rest = next) {
                next = rest->schedlink;
                rest->schedlink = w;
                w = rest;
            }
        }
        if (dogc)
            gc_stopped(tstop);
        for (int i = 0; i < nms; i++)
            gc_memstats(ms[i]);
        for (int i = 0; i < ncalls; i++)
            calls[i].fn(calls[i].g, calls[i].arg);
        int64_t started = world_restart(m, procs ? procs : LOAD(&gomaxprocs));
        if (dogc)
            gc_world_restarted(started);
        __atomic_store_n(&stw.busy, 0, __ATOMIC_SEQ_CST);
        if (dogc) {
            /* sysmon forces a collection when none has run for a while */
            start_sysmon();
            gc_after_restart();     /* runtime.GC's waiters and the finalizer goroutine woken, the gctrace line */
        }
        while (w) {
            G *next = w->schedlink;
            w->schedlink = NULL;
            goready(w);
            w = next;
        }
        /* a request that came while we were busy (its M saw us and left it) */
        if (!__atomic_load_n(&stw.pending, __ATOMIC_SEQ_CST) && !gc_requested())
            return;
    }
}

void sched_for_each_g(void (*fn)(G *))
{
    rt_lock(&allglock);
    for (int64_t i = 0; i < nallgs; i++)
        if (LOAD(&allgs[i]->status) != GS_DEAD)
            fn(allgs[i]);
    rt_unlock(&allglock);
}

void sched_for_each_p(void (*fn)(P *))
{
    for (int i = 0; i < MAX_PROCS && allp[i]; i++)
        fn(allp[i]);
}

int64_t sched_proc_time(int64_t now)
{
    return sched.totaltime + (now - sched.procresizetime) * LOAD(&gomaxprocs);
}

Program *rt_program(void)
{
    return program;
}

int rt_gomaxprocs(G *g, int n)
{
    int old = LOAD(&gomaxprocs);
    if (n < 1 || n == old)
        return old;
    if (n > MAX_PROCS)
        n = MAX_PROCS;
    rt_stw_request(g, 0, n);    /* the caller returns old once it is done */
    return old;
}

/* ---- start-up and exit ---- */

_Noreturn void rt_exit(int code)
{
    extern void rt_flush_and_hold(void);
    rt_flush_and_hold();
    _exit(code);
}

static int env_int(const char *name, int def)
{
    const char *s = getenv(name);
    if (!s || !*s)
        return def;
    char *end;
    long v = strtol(s, &end, 10);
    return *end || v < 1 ? def : (int)v;
}

_Noreturn void sched_main(Program *p)
{
    program = p;
    sched.maxmcount = 10000;
    sched.starttime = rt_nanotime();
    ncpu = (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (ncpu < 1)
        ncpu = 1;
    int procs = env_int("GOMAXPROCS", ncpu);
    if (procs > MAX_PROCS)
        procs = MAX_PROCS;
    sched_stress = getenv("GOLITE_PREEMPT_STRESS") != NULL;
    rt_output_init();
    gc_init();
    sched.schedtrace = rt_godebug("schedtrace", 0);
    procresize(procs);
    M *m0 = allocm();
    curm = m0;
    acquirep(m0, allp[0]);
    for (int i = procs - 1; i > 0; i--)
        pidleput(allp[i]);
    /* the main goroutine runs package initialisation, then main.main */
    G *g1 = vm_new_g(p);
    g1->goid = 1;
    sched.goidgen = 1;
    sched.ngoroutines = 1;
    allgadd(g1);
    vm_setup_g(g1, p->entry->static_closure, NULL, 0);
    STORE(&g1->status, GS_RUNNABLE);
    runqput(allp[0], g1, 1);
    if (sched.schedtrace > 0)
        start_sysmon();
    schedule(m0);
    abort();
}

int64_t rt_godebug(const char *key, int64_t def)
{
    const char *s = getenv("GODEBUG");
    size_t klen = strlen(key);
    int64_t v = def;
    while (s && *s) {
        const char *end = strchr(s, ',');
        if (!end)
            end = s + strlen(s);
        if ((size_t)(end - s) > klen && !strncmp(s, key, klen) && s[klen] == '=') {
            /* Go's atoi32: an optional '-' and digits, else the setting is ignored */
            const char *d = s + klen + 1;
            int neg = *d == '-';
            d += neg;
            int64_t n = 0;
            int ok = d < end;
            for (; d < end && ok; d++) {
                ok = *d >= '0' && *d <= '9' && n <= (INT32_MAX - (*d - '0')) / 10;
                n = n * 10 + (*d - '0');
            }
            if (ok)
                v = neg ? -n : n;
        }
        s = *end ? end + 1 : end;
    }
    return v;
}

int64_t rt_start_nanotime(void)
{
    return sched.starttime;
}

int rt_ncpu(void)
{
    return ncpu;
}

/* ---- sudogs (Go's per-P cache with a central list) ---- */

Sudog *acquire_sudog(G *g)
{
    (void)g;
    M *m = curm;
    P *pp = m->p;
    if (pp->nsudog == 0) {
        rt_lock(&sched.sudoglock);
        while (pp->nsudog < 64 && sched.sudogcache) {
            Sudog *s = sched.sudogcache;
            sched.sudogcache = s->next;
            pp->sudogcache[pp->nsudog++] = s;
        }
        rt_unlock(&sched.sudoglock);
        if (pp->nsudog == 0)
            pp->sudogcache[pp->nsudog++] = xcalloc(1, sizeof(Sudog));
    }
    Sudog *s = pp->sudogcache[--pp->nsudog];
    return s;
}

void release_sudog(G *g, Sudog *s)
{
    (void)g;
    memset(s, 0, sizeof *s);
    M *m = curm;
    P *pp = m->p;
    if (pp->nsudog == 128) {
        rt_lock(&sched.sudoglock);
        while (pp->nsudog > 64) {
            Sudog *s1 = pp->sudogcache[--pp->nsudog];
            s1->next = sched.sudogcache;
            sched.sudogcache = s1;
        }
        rt_unlock(&sched.sudoglock);
    }
    pp->sudogcache[pp->nsudog++] = s;
}

/* ---- for the collector (gc.c) ---- */

P *sched_p(int i)
{
    return allp[i];
}

G *sched_allg(int64_t i)
{
    rt_lock(&allglock);
    G *g = i < nallgs ? allgs[i] : NULL;
    rt_unlock(&allglock);
    return g;
}

int64_t sched_ngoroutines_all(void)
{
    return LOAD(&sched.ngoroutines);
}

int sched_stopping(void)
{
    return LOAD(&sched.gcwaiting) || LOAD(&stw.pending) || gc_requested();
}

int sched_has_work(P *pp)
{
    return !runqempty(pp) || LOADR(&sched.runqsize) != 0 || sched_stopping();
}

/* Marking began: idle Ps get an M each to mark (findrunnable's idle worker). */
void sched_wake_idle(void)
{
    if (!LOAD(&sched.npidle))
        return;
    for (;;) {
        rt_lock(&sched.lock);
        P *pp = pidleget();
        rt_unlock(&sched.lock);
        if (!pp)
            return;
        startm(pp, 0);
    }
}

/* For timer.c: the P the calling M holds. */
P *rt_curp(void)
{
    return curm ? curm->p : NULL;
}
