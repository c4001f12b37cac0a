/*
 * alloc.c — the single allocation entry point, until issue 7's size-class
 * allocator and GC replace it.
 *
 * Memory comes from zeroed mmap chunks and is carved by bumping a pointer
 * (16-byte aligned); nothing is freed yet. Chunks start at 64 KB and double
 * up to 4 MB, so a small program touches little memory; they are mapped
 * with MAP_POPULATE, since faulting pages in one at a time costs more than
 * the allocation itself. Objects above a quarter of the largest chunk get
 * their own mapping. The bump state is the running P's allocation cache
 * (no lock: only the M holding the P carves its chunk, as Go's mcache);
 * threads without a P use a chunk of their own.
 */
#include <string.h>
#include <sys/mman.h>

#include "runtime/rt.h"
#include "runtime/sched.h"
#include "util/mem.h"

#define CHUNK (4u << 20)

/* A thread without a P (the compiler before the program starts, an M in a
 * system call) carves its own chunk. */
static __thread AllocCache tcache = {NULL, NULL, 64 << 10};

#define HUGE_PAGE ((size_t)2 << 20)

/* Zeroed memory from the OS. Large blocks are 2 MB-aligned and advised to
 * use transparent huge pages (as Go's heap arenas do), so big tables such
 * as a large map's buckets do not miss the TLB on every access. */
static void *map_zeroed(size_t n)
{
    if (n >= HUGE_PAGE) {
        size_t len = (n + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
        uint8_t *raw = mmap(NULL, len + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw == MAP_FAILED)
            return NULL;
        uint8_t *p = (uint8_t *)(((uintptr_t)raw + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
        if (p > raw)
            munmap(raw, (size_t)(p - raw));
        uint8_t *end = p + len, *rawend = raw + len + HUGE_PAGE;
        if (rawend > end)
            munmap(end, (size_t)(rawend - end));
        madvise(p, len, MADV_HUGEPAGE);
        madvise(p, len, MADV_WILLNEED);
        return p;
    }
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    return p;
}

void *rt_alloc_bytes(G *g, size_t n)
{
    if (n == 0)
        n = 1;
    n = (n + 15) & ~(size_t)15;
    if (n > CHUNK / 4) {
        void *p = map_zeroed(n);
        if (!p)
            rt_fatal(g, "runtime: out of memory");
        return p;
    }
    AllocCache *c = rt_mcache ? rt_mcache : &tcache;
    if (!c->next || (size_t)(c->end - c->next) < n) {
        if (!c->size)
            c->size = 64 << 10;
        while (c->size < n)
            c->size *= 2;
        c->next = map_zeroed(c->size);
        if (!c->next)
            rt_fatal(g, "runtime: out of memory");
        c->end = c->next + c->size;
        if (c->size < CHUNK)
            c->size *= 2;
    }
    void *p = c->next;
    c->next += n;
    return p;
}

void *rt_alloc_noscan(G *g, size_t n)
{
    return rt_alloc_bytes(g, n);
}

void *rt_alloc(G *g, const RType *t)
{
    return rt_alloc_bytes(g, (size_t)t->size);
}

GoString rt_string(G *g, const char *s, size_t n)
{
    GoString r = {NULL, (int64_t)n};
    if (n) {
        uint8_t *p = rt_alloc_noscan(g, n);
        memcpy(p, s, n);
        r.ptr = p;
    }
    return r;
}
