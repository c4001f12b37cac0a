/*
 * sema.c — Go's semaphores (runtime/sema.go) for sync: goroutines that
 * must wait park on a sudog in one of 251 roots chosen by the address, and
 * a release readies the first waiter for that address. Mutex waiters that
 * have waited before queue at the front (lifo); a release in starvation
 * mode hands the permit straight to the waiter (handoff).
 *
 * Go keeps each root's waiters in a treap of addresses with a list per
 * address; golite keeps one list per root and finds the address by a
 * linear scan (roots are spread by address; typical queues are short).
 *
 * Also sync.Cond's ticket-based notify list (notifyList*), as Go's.
 */
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/sched.h"
#include "vm/vm.h"

#define SEMTABSZ 251

typedef struct SemaRoot {
    RtLock lock;
    Sudog *head, *tail;
    uint32_t nwait;         /* atomic: waiters (the release fast path) */
    char pad[64 - sizeof(RtLock) - 2 * sizeof(void *) - sizeof(uint32_t)];
} SemaRoot;

static SemaRoot semtable[SEMTABSZ];

static SemaRoot *root_for(const uint32_t *addr)
{
    return &semtable[((uintptr_t)addr >> 3) % SEMTABSZ];
}

static int cansemacquire(uint32_t *addr)
{
    for (;;) {
        uint32_t v = __atomic_load_n(addr, __ATOMIC_ACQUIRE);
        if (v == 0)
            return 0;
        if (__atomic_compare_exchange_n(addr, &v, v - 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            return 1;
    }
}

static void root_queue(SemaRoot *r, Sudog *s, int lifo)
{
    Sudog *at = NULL;
    if (lifo)
        for (at = r->head; at && at->addr != s->addr; at = at->next)
            ;
    if (at) {   /* in front of the first waiter for the same address */
        s->next = at;
        s->prev = at->prev;
        if (at->prev)
            at->prev->next = s;
        else
            r->head = s;
        at->prev = s;
        return;
    }
    s->next = NULL;
    s->prev = r->tail;
    if (r->tail)
        r->tail->next = s;
    else
        r->head = s;
    r->tail = s;
}

static Sudog *root_dequeue(SemaRoot *r, const uint32_t *addr)
{
    Sudog *s = r->head;
    while (s && s->addr != addr)
        s = s->next;
    if (!s)
        return NULL;
    if (s->prev)
        s->prev->next = s->next;
    else
        r->head = s->next;
    if (s->next)
        s->next->prev = s->prev;
    else
        r->tail = s->prev;
    s->next = s->prev = NULL;
    return s;
}

static int unlock_root(G *g, void *arg)
{
    (void)g;
    rt_unlock(&((SemaRoot *)arg)->lock);
    return 1;
}

static int sem_park(G *g, Sudog *s, int lifo, int reason);

/* After the wake-up: done if the permit was handed over or is free now,
 * else queue again. */
static int sem_done(G *g)
{
    Sudog *s = g->param;
    if (s->ticket != 0 || cansemacquire((uint32_t *)s->addr)) {
        g->param = NULL;
        release_sudog(g, s);
        return VM_DONE;
    }
    return sem_park(g, s, 1, g->waitreason);
}

static int sem_park(G *g, Sudog *s, int lifo, int reason)
{
    uint32_t *addr = (uint32_t *)s->addr;
    SemaRoot *r = root_for(addr);
    for (;;) {
        rt_lock(&r->lock);
        __atomic_add_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
        if (cansemacquire(addr)) {
            __atomic_add_fetch(&r->nwait, -1, __ATOMIC_SEQ_CST);
            rt_unlock(&r->lock);
            g->param = NULL;
            release_sudog(g, s);
            return VM_DONE;
        }
        root_queue(r, s, lifo);
        g->param = s;
        if (gopark(g, unlock_root, r, reason, sem_done) == VM_SWITCH)
            return VM_SWITCH;
        return VM_DONE;     /* nested: sem_done ran (and re-parked if it had to) */
    }
}

int rt_semacquire(G *g, uint32_t *addr, int lifo, int reason)
{
    if (cansemacquire(addr))
        return VM_DONE;
    Sudog *s = acquire_sudog(g);
    s->g = g;
    s->addr = addr;
    s->ticket = 0;
    return sem_park(g, s, lifo, reason);
}

void rt_semrelease(G *g, uint32_t *addr, int handoff)
{
    SemaRoot *r = root_for(addr);
    __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&r->nwait, __ATOMIC_SEQ_CST) == 0)
        return;
    rt_lock(&r->lock);
    if (__atomic_load_n(&r->nwait, __ATOMIC_SEQ_CST) == 0) {
        rt_unlock(&r->lock);
        return;
    }
    Sudog *s = root_dequeue(r, addr);
    if (s)
        __atomic_add_fetch(&r->nwait, -1, __ATOMIC_SEQ_CST);
    rt_unlock(&r->lock);
    if (s) {
        int ticket = 0;
        if (handoff && cansemacquire(addr))
            s->ticket = ticket = 1;
        goready(s->g);
        if (ticket && g)
            rt_gosched(g);     /* starving: let the waiter run now (Go's goyield) */
    }
}

/* ---- sync.Cond's notify list ---- */

static int less(uint32_t a, uint32_t b)
{
    return (int32_t)(a - b) < 0;
}

uint32_t rt_notifylist_add(NotifyList *l)
{
    return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

static int unlock_nl(G *g, void *arg)
{
    (void)g;
    rt_unlock((RtLock *)&((NotifyList *)arg)->lock);
    return 1;
}

static int nl_done(G *g)
{
    Sudog *s = g->param;
    g->param = NULL;
    release_sudog(g, s);
    return VM_DONE;
}

int rt_notifylist_wait(G *g, NotifyList *l, uint32_t t)
{
    RtLock *lk = (RtLock *)&l->lock;
    rt_lock(lk);
    if (less(t, __atomic_load_n(&l->notify, __ATOMIC_ACQUIRE))) {
        rt_unlock(lk);
        return VM_DONE;
    }
    Sudog *s = acquire_sudog(g);
    s->g = g;
    s->ticket = t;
    if (!l->tail)
        l->head = s;
    else
        l->tail->next = s;
    l->tail = s;
    g->param = s;
    return gopark(g, unlock_nl, l, WR_COND_WAIT, nl_done);
}

void rt_notifylist_notify_all(NotifyList *l)
{
    if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
        return;
    RtLock *lk = (RtLock *)&l->lock;
    rt_lock(lk);
    Sudog *s = l->head;
    l->head = l->tail = NULL;
    __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
    rt_unlock(lk);
    while (s) {
        Sudog *next = s->next;
        s->next = NULL;
        goready(s->g);
        s = next;
    }
}

void rt_notifylist_notify_one(NotifyList *l)
{
    if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
        return;
    RtLock *lk = (RtLock *)&l->lock;
    rt_lock(lk);
    uint32_t t = l->notify;
    if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
        rt_unlock(lk);
        return;
    }
    __atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);
    for (Sudog *p = NULL, *s = l->head; s; p = s, s = s->next) {
        if (s->ticket == t) {
            Sudog *n = s->next;
            if (p)
                p->next = n;
            else
                l->head = n;
            if (!n)
                l->tail = p;
            rt_unlock(lk);
            s->next = NULL;
            goready(s->g);
            return;
        }
    }
    rt_unlock(lk);
}
