/*
 * chan.c — channels as Go's runtime/chan.go builds them (seed 001 §3,
 * 003 §2–4): hchan with a ring buffer and two queues of sudogs.
 *
 * Send: to a receiver waiting on recvq the value goes straight into the
 * receiver's slot (its sudog's elem, which may point into its parked VM
 * stack) and the receiver is readied into our P's runnext; otherwise into
 * the buffer if there is room; otherwise the sender parks on sendq with a
 * sudog pointing at its value. Receive mirrors it: from a waiting sender
 * (for a full buffered channel the head of the buffer is taken and the
 * sender's value goes to the tail, keeping FIFO order), else from the
 * buffer, else park. close marks the channel and readies every waiter:
 * receivers get zero values and ok == false, senders panic. Goroutines are
 * readied after the channel lock is dropped.
 *
 * A blocked operation parks with gopark; what Go does after gopark returns
 * (release the sudog, panic if the channel was closed under a sender, set
 * ok) is the continuation the G runs when it resumes (send_done,
 * recv_done).
 */
#include <string.h>

#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"
#include "util/mem.h"
#include "vm/vm.h"

#define MAX_ALLOC ((int64_t)1 << 47)

Hchan *rt_makechan(G *g, const RType *elem, int64_t size)
{
    uint64_t es = elem->size;
    if (es >= 1 << 16)
        rt_fatal(g, "makechan: invalid channel element type");
    if (size < 0 || (es && (uint64_t)size > (uint64_t)MAX_ALLOC / es))
        rt_panic_runtime(g, "\001makechan: size out of range");
    /* the buffer first: a big one is populated off the P, and a collection
     * meanwhile would not see an Hchan held only here (malloc.c's alloc) */
    static const PtrLayout hchan_layout = {PTR_WORD(Hchan, buf), PTR_WORDS(Hchan), 0, NULL};
    uint8_t *buf = es && size ? rt_alloc_array(g, elem, (size_t)size) : NULL;
    Hchan *c = rt_alloc_layout(g, sizeof(Hchan), &hchan_layout);
    c->buf = buf ? buf : (uint8_t *)c;
    c->elemsize = (uint32_t)es;
    c->elemtype = elem;
    c->dataqsiz = (uint64_t)size;
    return c;
}

static inline uint8_t *chanbuf(Hchan *c, uint64_t i)
{
    return c->buf + i * c->elemsize;
}

void waitq_enqueue(WaitQ *q, Sudog *s)
{
    s->next = NULL;
    s->prev = q->last;
    if (q->last)
        q->last->next = s;
    else
        q->first = s;
    q->last = s;
}

void waitq_remove(WaitQ *q, Sudog *s)
{
    if (s->prev)
        s->prev->next = s->next;
    else
        q->first = s->next;
    if (s->next)
        s->next->prev = s->prev;
    else
        q->last = s->prev;
    s->next = s->prev = NULL;
}

/* The first waiter that can still be woken: a select's sudog whose select
 * another channel already won is skipped (Go's dequeue). */
Sudog *waitq_dequeue(WaitQ *q)
{
    for (;;) {
        Sudog *s = q->first;
        if (!s)
            return NULL;
        waitq_remove(q, s);
        if (s->isselect) {
            uint32_t zero = 0;
            if (!__atomic_compare_exchange_n(&s->g->selectdone, &zero, 1, 0, __ATOMIC_ACQ_REL,
                                             __ATOMIC_ACQUIRE))
                continue;
        }
        return s;
    }
}

static int unlock_chan(G *g, void *arg)
{
    (void)g;
    rt_unlock(&((Hchan *)arg)->lock);
    return 1;
}

/* Copies of elements by the channel: with the barrier while marking (the
 * value overwritten and the value copied are shaded, gc.h point 3) when
 * the element holds pointers. */
static inline void elem_copy(const Hchan *c, void *dst, const void *src)
{
    if (c->elemtype && (c->elemtype->flags & RT_HASPTR))
        gc_wb_copy(dst, src, c->elemsize);
    memcpy(dst, src, c->elemsize);
}

/* A sender found receiver sg waiting (c locked): hands over the value;
 * the caller unlocks and readies the G returned. */
G *chan_send_to(Hchan *c, Sudog *sg, const void *ep)
{
    if (sg->elem && c->elemsize)
        elem_copy(c, sg->elem, ep);
    G *gp = sg->g;
    sg->elem = NULL;
    sg->success = 1;
    gp->param = sg;
    return gp;
}

/* A receiver found sender sg waiting (c locked): as chan_send_to. */
G *chan_recv_from(Hchan *c, Sudog *sg, void *ep)
{
    if (c->dataqsiz == 0) {
        if (ep && c->elemsize)
            elem_copy(c, ep, sg->elem);
    } else {
        /* full buffer: take its head, put the sender's value at the tail */
        uint8_t *qp = chanbuf(c, c->recvx);
        if (ep && c->elemsize)
            elem_copy(c, ep, qp);
        if (c->elemsize)
            elem_copy(c, qp, sg->elem);
        if (++c->recvx == c->dataqsiz)
            c->recvx = 0;
        c->sendx = c->recvx;
    }
    G *gp = sg->g;
    sg->elem = NULL;
    sg->success = 1;
    gp->param = sg;
    return gp;
}

static int send_done(G *g)
{
    Sudog *s = g->param;
    g->param = NULL;
    int closed = !s->success;
    release_sudog(g, s);
    if (closed)
        rt_panic_runtime(g, "\001send on closed channel");
    return VM_DONE;
}

static int recv_done(G *g)
{
    Sudog *s = g->param;
    g->param = NULL;
    if (g->waitok)
        *g->waitok = s->success;
    g->waitok = NULL;
    release_sudog(g, s);
    return VM_DONE;
}

static int park_forever(G *g, int reason)
{
    return gopark(g, NULL, NULL, reason, NULL);
}

void chan_buf_put(Hchan *c, const void *ep)
{
    if (c->elemsize)
        elem_copy(c, chanbuf(c, c->sendx), ep);
    if (++c->sendx == c->dataqsiz)
        c->sendx = 0;
    __atomic_store_n(&c->qcount, c->qcount + 1, __ATOMIC_RELAXED);
}

void chan_buf_take(Hchan *c, void *ep)
{
    uint8_t *qp = chanbuf(c, c->recvx);
    if (ep && c->elemsize)
        elem_copy(c, ep, qp);
    if (c->elemsize) {
        if (c->elemtype && (c->elemtype->flags & RT_HASPTR))
            gc_wb_range(qp, c->elemsize);
        memset(qp, 0, c->elemsize);
    }
    if (++c->recvx == c->dataqsiz)
        c->recvx = 0;
    __atomic_store_n(&c->qcount, c->qcount - 1, __ATOMIC_RELAXED);
}

/* Send with c locked: to a waiting receiver or into the buffer (then c is
 * unlocked and 1 returned); 0, still locked, if the sender must wait. */
static int send_now(G *g, Hchan *c, const void *ep)
{
    if (c->closed) {
        rt_unlock(&c->lock);
        rt_panic_runtime(g, "\001send on closed channel");
    }
    Sudog *sg = waitq_dequeue(&c->recvq);
    if (sg) {
        G *gp = chan_send_to(c, sg, ep);
        rt_unlock(&c->lock);
        goready(gp);
        return 1;
    }
    if (c->qcount < c->dataqsiz) {
        chan_buf_put(c, ep);
        rt_unlock(&c->lock);
        return 1;
    }
    return 0;
}

int chan_send(G *g, Hchan *c, const void *ep)
{
    if (!c)
        return park_forever(g, WR_CHAN_SEND_NIL);
    rt_lock(&c->lock);
    if (send_now(g, c, ep))
        return VM_DONE;
    /* block: the value stays where it is (a parked G's stack does not move) */
    Sudog *s = acquire_sudog(g);
    s->g = g;
    s->elem = (void *)ep;
    s->c = c;
    waitq_enqueue(&c->sendq, s);
    g->param = s;       /* the waker sets it too */
    return gopark(g, unlock_chan, c, WR_CHAN_SEND, send_done);
}

int chan_trysend(G *g, Hchan *c, const void *ep)
{
    if (!c)
        return 0;
    /* Go's fast path: not closed and full means it would block */
    if (!__atomic_load_n(&c->closed, __ATOMIC_RELAXED) &&
        ((c->dataqsiz == 0 && !__atomic_load_n(&c->recvq.first, __ATOMIC_RELAXED)) ||
         (c->dataqsiz > 0 && __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == c->dataqsiz)))
        return 0;
    rt_lock(&c->lock);
    if (send_now(g, c, ep))
        return 1;
    rt_unlock(&c->lock);
    return 0;
}

/* Receive with c locked and something to take (or closed): 1 if done. */
static int recv_now(Hchan *c, void *ep, uint64_t *ok)
{
    if (c->closed && c->qcount == 0) {
        rt_unlock(&c->lock);
        if (ep && c->elemsize)
            memset(ep, 0, c->elemsize);
        if (ok)
            *ok = 0;
        return 1;
    }
    Sudog *sg = waitq_dequeue(&c->sendq);
    if (sg) {
        G *gp = chan_recv_from(c, sg, ep);
        rt_unlock(&c->lock);
        goready(gp);
        if (ok)
            *ok = 1;
        return 1;
    }
    if (c->qcount > 0) {
        chan_buf_take(c, ep);
        rt_unlock(&c->lock);
        if (ok)
            *ok = 1;
        return 1;
    }
    return 0;
}

int chan_recv(G *g, Hchan *c, void *ep, uint64_t *ok)
{
    if (!c)
        return park_forever(g, WR_CHAN_RECV_NIL);
    rt_lock(&c->lock);
    if (recv_now(c, ep, ok))
        return VM_DONE;
    Sudog *s = acquire_sudog(g);
    s->g = g;
    s->elem = ep;
    s->c = c;
    waitq_enqueue(&c->recvq, s);
    g->param = s;
    g->waitok = ok;
    return gopark(g, unlock_chan, c, WR_CHAN_RECV, recv_done);
}

int chan_tryrecv(G *g, Hchan *c, void *ep, uint64_t *ok)
{
    (void)g;
    if (!c)
        return 0;
    /* Go's fast path: empty and not closed means it would block */
    if ((c->dataqsiz == 0 && !__atomic_load_n(&c->sendq.first, __ATOMIC_RELAXED)) ||
        (c->dataqsiz > 0 && __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == 0)) {
        if (!__atomic_load_n(&c->closed, __ATOMIC_ACQUIRE))
            return 0;
    }
    rt_lock(&c->lock);
    if (recv_now(c, ep, ok))
        return 1;
    rt_unlock(&c->lock);
    return 0;
}

void chan_close(G *g, Hchan *c)
{
    if (!c)
        rt_panic_runtime(g, "\001close of nil channel");
    rt_lock(&c->lock);
    if (c->closed) {
        rt_unlock(&c->lock);
        rt_panic_runtime(g, "\001close of closed channel");
    }
    __atomic_store_n(&c->closed, 1, __ATOMIC_RELEASE);
    /* collect every waiter, ready them after unlocking */
    G *list = NULL;
    Sudog *sg;
    while ((sg = waitq_dequeue(&c->recvq))) {
        if (sg->elem && c->elemsize)
            memset(sg->elem, 0, c->elemsize);
        sg->elem = NULL;
        sg->success = 0;
        sg->g->param = sg;
        sg->g->schedlink = list;
        list = sg->g;
    }
    while ((sg = waitq_dequeue(&c->sendq))) {
        sg->elem = NULL;
        sg->success = 0;
        sg->g->param = sg;
        sg->g->schedlink = list;
        list = sg->g;
    }
    rt_unlock(&c->lock);
    while (list) {
        G *gp = list;
        list = gp->schedlink;
        gp->schedlink = NULL;
        goready(gp);
    }
}

int64_t chan_len(Hchan *c)
{
    return c ? (int64_t)__atomic_load_n(&c->qcount, __ATOMIC_RELAXED) : 0;
}

int64_t chan_cap(Hchan *c)
{
    return c ? (int64_t)c->dataqsiz : 0;
}
