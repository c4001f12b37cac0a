/*
 * timer.c — timers: a binary heap per P ordered by `when`, under the P's
 * timers lock (Go keeps a 4-ary heap per P; the seed's "timers of the P").
 *
 * A timer fires on the M that finds it due: in schedule() and
 * findrunnable() for its own P, while stealing for other Ps (so an idle
 * P's timers still fire), and an M with nothing to do sleeps until the
 * earliest timer of any P. Firing is one of three actions, done outside the
 * lock: ready a sleeping goroutine (time.Sleep), send the current time on a
 * channel without blocking (time.NewTimer, After, NewTicker, Tick), or
 * start a goroutine running a function (time.AfterFunc). A ticker goes back
 * into the heap at its next multiple of the period.
 */
#include <string.h>
#include <time.h>

#include "runtime/proc.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"
#include "util/mem.h"

static void siftup(P *pp, int i)
{
    Timer **h = pp->timers;
    Timer *t = h[i];
    while (i > 0) {
        int parent = (i - 1) / 2;
        if (h[parent]->when <= t->when)
            break;
        h[i] = h[parent];
        h[i]->idx = i;
        i = parent;
    }
    h[i] = t;
    t->idx = i;
}

static void siftdown(P *pp, int i)
{
    Timer **h = pp->timers;
    int n = pp->ntimers;
    Timer *t = h[i];
    for (;;) {
        int c = 2 * i + 1;
        if (c >= n)
            break;
        if (c + 1 < n && h[c + 1]->when < h[c]->when)
            c++;
        if (t->when <= h[c]->when)
            break;
        h[i] = h[c];
        h[i]->idx = i;
        i = c;
    }
    h[i] = t;
    t->idx = i;
}

static void update0(P *pp)
{
    __atomic_store_n(&pp->timer0when, pp->ntimers ? pp->timers[0]->when : 0, __ATOMIC_RELEASE);
}

static void heap_push(P *pp, Timer *t)
{
    if (pp->ntimers == pp->captimers) {
        pp->captimers = pp->captimers ? pp->captimers * 2 : 16;
        pp->timers = xrealloc(pp->timers, (size_t)pp->captimers * sizeof *pp->timers);
    }
    pp->timers[pp->ntimers++] = t;
    siftup(pp, pp->ntimers - 1);
    __atomic_store_n(&t->pp, pp, __ATOMIC_RELEASE);
}

static void heap_remove(P *pp, int i)
{
    Timer *t = pp->timers[i];
    int last = --pp->ntimers;
    if (i != last) {
        pp->timers[i] = pp->timers[last];
        pp->timers[i]->idx = i;
        if (i > 0 && pp->timers[i]->when < pp->timers[(i - 1) / 2]->when)
            siftup(pp, i);
        else
            siftdown(pp, i);
    }
    __atomic_store_n(&t->pp, NULL, __ATOMIC_RELEASE);
}

void timer_add_to(P *pp, Timer *t)
{
    rt_lock(&pp->timerslock);
    heap_push(pp, t);
    update0(pp);
    rt_unlock(&pp->timerslock);
}

void timer_add(G *g, Timer *t)
{
    (void)g;
    timer_add_to(rt_curp(), t);
}

int timer_del(Timer *t)
{
    for (;;) {
        P *pp = __atomic_load_n(&t->pp, __ATOMIC_ACQUIRE);
        if (!pp)
            return 0;
        rt_lock(&pp->timerslock);
        if (__atomic_load_n(&t->pp, __ATOMIC_RELAXED) != pp) {
            rt_unlock(&pp->timerslock);
            continue;   /* it moved (fired, or went to another P) */
        }
        heap_remove(pp, t->idx);
        update0(pp);
        rt_unlock(&pp->timerslock);
        return 1;
    }
}

int timer_mod(G *g, Timer *t, int64_t when, int64_t period)
{
    int pending = timer_del(t);
    t->when = when;
    t->period = period;
    t->seq++;
    timer_add(g, t);
    return pending;
}

void rt_time_now(uint64_t *wall, int64_t *ext)
{
    /* Go's encoding with a monotonic reading: hasMonotonic, 33 bits of
     * seconds since 1885, 30 bits of nanoseconds; ext the monotonic clock. */
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    const int64_t wall_to_internal = (int64_t)(1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * 86400;
    const int64_t unix_to_internal = (int64_t)(1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;
    uint64_t sec = (uint64_t)(ts.tv_sec + unix_to_internal - wall_to_internal);
    *wall = (uint64_t)1 << 63 | sec << 30 | (uint64_t)ts.tv_nsec;
    *ext = rt_nanotime() - rt_start_nanotime();
}

/* Fires timer t (already out of the heap, or re-queued for its next tick). */
static void fire(Timer *t, int kind, G *g, Hchan *c, Closure *fn, void *loc)
{
    switch (kind) {
    case TK_READY:
        goready(g);
        break;
    case TK_SENDTIME: {
        uint64_t v[3] = {0};
        rt_time_now(&v[0], (int64_t *)&v[1]);
        v[2] = (uint64_t)loc;
        chan_trysend(NULL, c, v);
        break;
    }
    case TK_GOFUNC:
        rt_newproc(NULL, fn, NULL, 0, NULL);
        break;
    }
}

int64_t timers_run(P *pp, int64_t now)
{
    rt_lock(&pp->timerslock);
    while (pp->ntimers > 0 && pp->timers[0]->when <= now) {
        Timer *t = pp->timers[0];
        int kind = t->kind;
        G *g = t->g;
        Hchan *c = t->c;
        Closure *fn = t->fn;
        void *loc = t->loc;
        if (t->period > 0) {
            /* a ticker: its next tick, skipping the ones missed */
            t->when += t->period * (1 + (now - t->when) / t->period);
            siftdown(pp, 0);
        } else {
            heap_remove(pp, 0);
        }
        update0(pp);
        rt_unlock(&pp->timerslock);
        fire(t, kind, g, c, fn, loc);
        rt_lock(&pp->timerslock);
    }
    int64_t next = pp->ntimers ? pp->timers[0]->when : 0;
    rt_unlock(&pp->timerslock);
    return next;
}

/* time.Sleep: the G parks; the timer is queued once it is asleep, so it
 * cannot fire early (Go's resetForSleep). */
static int sleep_unlock(G *g, void *arg)
{
    (void)arg;
    timer_add(g, g->timer);
    return 1;
}

int rt_sleep(G *g, int64_t ns)
{
    if (ns <= 0)
        return 0;
    if (!g->timer)
        g->timer = xcalloc(1, sizeof(Timer));
    Timer *t = g->timer;
    t->kind = TK_READY;
    t->g = g;
    t->period = 0;
    int64_t now = rt_nanotime();
    t->when = now + ns < now ? INT64_MAX : now + ns;
    return gopark(g, sleep_unlock, NULL, WR_SLEEP, NULL);
}
