/*
 * region.c — frame regions: where allocations that do not escape live.
 *
 * Escape analysis (compiler/escape.c) proves that some variables and
 * allocations are never referenced after their function returns. Go puts
 * them in the stack frame; golite's VM stacks move when they grow, and
 * nothing adjusts pointers into them, so such objects go instead into a
 * second, per-goroutine stack that never moves: the frame region. A
 * function that needs it takes one block at entry (RENTER, sized by the
 * code generator for all its sites: each site has a fixed offset, reused
 * by every execution, as a stack slot is) and releases it before each
 * return (RLEAVE). The region is a stack of malloc'd chunks; a block that
 * does not fit the current chunk starts a new one, and releasing below a
 * chunk pops it (one popped chunk is kept as a spare).
 *
 * Panics: frames unwound by a panic do not run RLEAVE. Every function with
 * a defer statement has a region block (possibly empty), and recovery
 * releases the region down to the end of the recovering frame's block
 * (vm/interp.c), so whatever the unwound frames held is given back.
 *
 * The collector scans the used part of every goroutine's region as roots
 * (vm_region_each), conservatively, like VM stacks.
 */
#include <stdlib.h>
#include <string.h>

#include "util/mem.h"
#include "vm/vm.h"

#define CHUNK (64 << 10)

/* Under AddressSanitizer a released block is poisoned until it is given
 * out again: a pointer that outlived its frame (an escape-analysis bug)
 * is reported at its first use. */
#if defined(__SANITIZE_ADDRESS__)
#define REGION_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define REGION_ASAN 1
#endif
#endif
#ifdef REGION_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

void *vm_region_enter(G *g, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (g->rtop && (size_t)(g->rend - g->rtop) >= size) {
        char *p = g->rtop;
        g->rtop += size;
        UNPOISON(p, size);
        memset(p, 0, size);
        return p;
    }
    if (size == 0)
        return g->rtop;     /* a mark: the region is empty or its chunk full */
    size_t cap = size > CHUNK ? size : CHUNK;
    RegionChunk *c = g->rspare;
    if (c && c->cap >= cap) {
        g->rspare = NULL;
    } else {
        c = xmalloc(sizeof(RegionChunk) + cap);
        c->cap = cap;
        POISON(c->data, cap);
    }
    c->prev = g->rchunk;
    c->prev_top = g->rtop;
    g->rchunk = c;
    g->rtop = c->data + size;
    g->rend = c->data + c->cap;
    UNPOISON(c->data, size);
    memset(c->data, 0, size);
    return c->data;
}

void vm_region_release(G *g, char *mark)
{
    RegionChunk *c;
    while ((c = g->rchunk) && !(mark >= c->data && mark <= c->data + c->cap)) {
        POISON(c->data, c->cap);
        g->rchunk = c->prev;
        g->rtop = c->prev_top;
        g->rend = g->rchunk ? g->rchunk->data + g->rchunk->cap : NULL;
        if (g->rspare && g->rspare->cap >= c->cap) {
            free(c);
        } else {
            free(g->rspare);
            g->rspare = c;
        }
    }
    if (g->rchunk) {
        if (g->rtop > mark)
            POISON(mark, (size_t)(g->rtop - mark));
        g->rtop = mark;
    }
}

int vm_region_holds(G *g, const void *p)
{
    for (RegionChunk *c = g ? g->rchunk : NULL; c; c = c->prev)
        if ((const char *)p >= c->data && (const char *)p < c->data + c->cap)
            return 1;
    return 0;
}

void vm_region_reset(G *g)
{
    vm_region_release(g, NULL);
}

void vm_region_each(G *g, void (*fn)(void *lo, void *hi, void *arg), void *arg)
{
    char *top = g->rtop;
    for (RegionChunk *c = g->rchunk; c; c = c->prev) {
        if (top && top > c->data)
            fn(c->data, top, arg);
        top = c->prev_top;
    }
}
