/*
 * select.c — Go's selectgo (runtime/select.go; seed 003 §8).
 *
 * The cases' channels and send values are in the frame's registers (the
 * compiler evaluated them in source order). pollorder is a uniform random
 * permutation of the cases with non-nil channels; lockorder sorts them by
 * channel address so two selects lock shared channels in the same order.
 * Pass 1 locks every channel and looks, in poll order, for a case that can
 * go now. Without one, a select with default returns it; otherwise pass 2
 * enqueues a sudog on every channel (in lock order, linked on G.waiting)
 * and parks, the channels being unlocked only once the G is asleep. The
 * first channel operation to dequeue one of the sudogs wins (G.selectdone
 * CAS, in waitq_dequeue) and wakes the G, whose continuation (pass 3)
 * locks the channels again and takes its other sudogs off their queues.
 */
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/sched.h"
#include "util/mem.h"
#include "vm/vm.h"

#define SMALL 32

static void sellock(Hchan **order, int n)
{
    Hchan *prev = NULL;
    for (int i = 0; i < n; i++)
        if (order[i] != prev)
            rt_lock(&(prev = order[i])->lock);
}

static void selunlock(Hchan **order, int n)
{
    /* unlock in reverse; a channel listed twice is unlocked once */
    for (int i = n - 1; i >= 0; i--) {
        if (i > 0 && order[i] == order[i - 1])
            continue;
        rt_unlock(&order[i]->lock);
    }
}

/* After gopark: unlock the channels (in the order pass 2 enqueued them). */
static int selparkcommit(G *g, void *arg)
{
    (void)arg;
    /* Once a channel is unlocked the G may be woken, and its sudogs change
     * (waitlink, c): a channel is unlocked only after its last sudog has
     * been passed, and nothing is read after the last unlock (Go's). */
    Hchan *lastc = NULL;
    for (Sudog *s = g->waiting; s; s = s->waitlink) {
        if (s->c != lastc && lastc)
            rt_unlock(&lastc->lock);
        lastc = s->c;
    }
    if (lastc)
        rt_unlock(&lastc->lock);
    return 1;
}

static void case_done(G *g, const SelectInfo *si, uint64_t *R, int dst, int ci, int ok)
{
    (void)g;
    R[dst] = (uint64_t)ci;
    if (ci < si->ncases && !si->cases[ci].send && si->cases[ci].okreg >= 0)
        R[si->cases[ci].okreg] = (uint64_t)ok;
}

/* Pass 3, when the G wakes. */
static int select_done(G *g)
{
    const SelectInfo *si = g->waitsel;
    uint64_t *R = g->stack + g->waitsel_base;
    int dst = g->waitsel_dst;
    g->waitsel = NULL;
    /* lock the channels again, in lock order (the waiting list's order) */
    Hchan *last = NULL;
    for (Sudog *s = g->waiting; s; s = s->waitlink) {
        if (s->c != last)
            rt_lock(&s->c->lock);
        last = s->c;
    }
    __atomic_store_n(&g->selectdone, 0, __ATOMIC_RELEASE);
    Sudog *sg = g->param;
    g->param = NULL;
    int chosen = -1, success = 0;
    Sudog *list = g->waiting;
    g->waiting = NULL;
    for (Sudog *s = list; s; s = s->waitlink) {
        if (s == sg) {
            chosen = s->caseidx;
            success = s->success;
        } else if (si->cases[s->caseidx].send) {
            waitq_remove(&s->c->sendq, s);
        } else {
            waitq_remove(&s->c->recvq, s);
        }
    }
    /* unlock (reverse of lock order) and release the sudogs */
    int n = 0;
    for (Sudog *s = list; s; s = s->waitlink)
        n++;
    Sudog *small[SMALL], **v = n <= SMALL ? small : xmalloc((size_t)n * sizeof *v);
    n = 0;
    for (Sudog *s = list; s; s = s->waitlink)
        v[n++] = s;
    for (int i = n - 1; i >= 0; i--)
        if (i == 0 || v[i]->c != v[i - 1]->c)
            rt_unlock(&v[i]->c->lock);
    for (int i = 0; i < n; i++)
        release_sudog(g, v[i]);
    if (v != small)
        free(v);
    if (chosen < 0)
        fatal("runtime: select: bad wakeup");
    if (si->cases[chosen].send && !success)
        rt_panic_runtime(g, "\001send on closed channel");
    case_done(g, si, R, dst, chosen, success);
    return VM_DONE;
}

int rt_select(G *g, const SelectInfo *si, uint64_t *R, int dst)
{
    int n = si->ncases;
    int small_poll[SMALL], small_lock[SMALL];
    Hchan *small_chans[SMALL];
    int *poll = n <= SMALL ? small_poll : xmalloc((size_t)n * sizeof(int));
    int *lock = n <= SMALL ? small_lock : xmalloc((size_t)n * sizeof(int));
    Hchan **chans = n <= SMALL ? small_chans : xmalloc((size_t)n * sizeof(Hchan *));
    int r = VM_DONE;
    /* pollorder: Fisher–Yates over the cases with channels */
    int np = 0;
    for (int i = 0; i < n; i++) {
        Hchan *c = (Hchan *)R[si->cases[i].chanreg];
        if (!c)
            continue;
        int j = (int)(rt_fastrand() % (uint32_t)(np + 1));
        poll[np] = poll[j];
        poll[j] = i;
        np++;
    }
    /* lockorder: by channel address */
    for (int i = 0; i < np; i++)
        lock[i] = poll[i];
    for (int i = 1; i < np; i++) {     /* insertion sort: selects are small */
        int x = lock[i], j = i;
        Hchan *cx = (Hchan *)R[si->cases[x].chanreg];
        while (j > 0 && (uintptr_t)R[si->cases[lock[j - 1]].chanreg] > (uintptr_t)cx) {
            lock[j] = lock[j - 1];
            j--;
        }
        lock[j] = x;
    }
    for (int i = 0; i < np; i++)
        chans[i] = (Hchan *)R[si->cases[lock[i]].chanreg];
    /* receive destinations start zeroed (narrow values are then canonical) */
    for (int i = 0; i < n; i++)
        if (!si->cases[i].send)
            memset(&R[si->cases[i].valreg], 0, (size_t)si->cases[i].words * 8);
    sellock(chans, np);

    /* pass 1: a case that can proceed now */
    for (int k = 0; k < np; k++) {
        int ci = poll[k];
        const SelectCase *sc = &si->cases[ci];
        Hchan *c = (Hchan *)R[sc->chanreg];
        if (!sc->send) {
            void *ep = &R[sc->valreg];
            Sudog *sg = waitq_dequeue(&c->sendq);
            if (sg) {
                G *gp = chan_recv_from(c, sg, ep);
                selunlock(chans, np);
                goready(gp);
                case_done(g, si, R, dst, ci, 1);
                goto out;
            }
            if (c->qcount > 0) {
                chan_buf_take(c, ep);
                selunlock(chans, np);
                case_done(g, si, R, dst, ci, 1);
                goto out;
            }
            if (c->closed) {
                selunlock(chans, np);
                if (c->elemsize)
                    memset(ep, 0, c->elemsize);
                case_done(g, si, R, dst, ci, 0);
                goto out;
            }
        } else {
            const void *ep = &R[sc->valreg];
            if (c->closed) {
                selunlock(chans, np);
                rt_panic_runtime(g, "\001send on closed channel");
            }
            Sudog *sg = waitq_dequeue(&c->recvq);
            if (sg) {
                G *gp = chan_send_to(c, sg, ep);
                selunlock(chans, np);
                goready(gp);
                case_done(g, si, R, dst, ci, 1);
                goto out;
            }
            if (c->qcount < c->dataqsiz) {
                chan_buf_put(c, ep);
                selunlock(chans, np);
                case_done(g, si, R, dst, ci, 1);
                goto out;
            }
        }
    }
    if (si->hasdefault) {
        selunlock(chans, np);
        R[dst] = (uint64_t)n;
        goto out;
    }

    /* pass 2: a sudog on every channel, in lock order */
    g->waiting = NULL;
    Sudog **tail = &g->waiting;
    for (int k = 0; k < np; k++) {
        int ci = lock[k];
        const SelectCase *sc = &si->cases[ci];
        Hchan *c = chans[k];
        Sudog *s = acquire_sudog(g);
        s->g = g;
        s->isselect = 1;
        s->elem = &R[sc->valreg];
        s->c = c;
        s->caseidx = (int16_t)ci;
        *tail = s;
        tail = &s->waitlink;
        waitq_enqueue(sc->send ? &c->sendq : &c->recvq, s);
    }
    g->param = NULL;
    g->waitsel = si;
    g->waitsel_base = R - g->stack;
    g->waitsel_dst = dst;
    if (np == 0) {
        /* `select {}`, or only nil channels: never */
        r = gopark(g, NULL, NULL, n == 0 ? WR_SELECT_NOCASES : WR_SELECT, NULL);
        goto out;
    }
    r = gopark(g, selparkcommit, NULL, WR_SELECT, select_done);
out:
    if (poll != small_poll) {
        free(poll);
        free(lock);
        free(chans);
    }
    return r;
}
