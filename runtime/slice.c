/*
 * slice.c — make, append growth and Go's size classes for slices.
 *
 * Growth follows Go 1.19's growslice exactly: double below 256 elements,
 * then grow by (newcap + 3*256)/4 until large enough, then round the byte
 * size up to the allocator's size class, so cap() prints what go prints.
 */
#include <string.h>

#include "runtime/malloc.h"
#include "runtime/runtime.h"

#define MAX_ALLOC ((uint64_t)1 << 47)

/* Go's roundupsize: the size class of a small object (malloc.h's table),
 * whole pages for a large one. */
uint64_t rt_roundupsize(uint64_t size)
{
    if (size <= MAX_SMALL_SIZE)
        return class_to_size[size_to_class(size)];
    if (size + PAGE_BYTES < size)
        return size;
    return (size + PAGE_BYTES - 1) & ~(uint64_t)(PAGE_BYTES - 1);
}

static uint8_t zerobase[16];

/* unsafe.Slice(p, len) whose checks failed (runtime.unsafeslice's panics) */
_Noreturn void rt_unsafe_slice_panic(G *g, void *p, int64_t len)
{
    if (len >= 0 && !p)
        rt_panic_runtime(g, "unsafe.Slice: ptr is nil and len is not zero");
    rt_panic_runtime(g, "unsafe.Slice: len out of range");
}

GoSlice rt_makeslice(G *g, const RType *elem, int64_t len, int64_t cap)
{
    uint64_t es = (uint64_t)elem->size;
    if (len < 0 || (es && (uint64_t)len > MAX_ALLOC / es))
        rt_panic_runtime(g, "makeslice: len out of range");
    if (cap < len || (es && (uint64_t)cap > MAX_ALLOC / es))
        rt_panic_runtime(g, "makeslice: cap out of range");
    GoSlice s = {zerobase, len, cap};
    if (es && cap)
        s.ptr = rt_alloc_array(g, elem, (size_t)cap);
    return s;
}

void rt_growslice(G *g, GoSlice *s, const RType *elem, int64_t add)
{
    int64_t need = (int64_t)((uint64_t)s->len + (uint64_t)add);
    if (need < s->len)
        rt_panic_runtime(g, "growslice: cap out of range");
    if (need <= s->cap)
        return;
    uint64_t es = (uint64_t)elem->size;
    if (es == 0) {
        s->ptr = zerobase;
        s->cap = need;
        return;
    }
    int64_t newcap = s->cap, doublecap = newcap + newcap;
    if (need > doublecap) {
        newcap = need;
    } else if (s->cap < 256) {
        newcap = doublecap;
    } else {
        while (0 < newcap && newcap < need)
            newcap += (newcap + 3 * 256) / 4;
        if (newcap <= 0)
            newcap = need;
    }
    if ((uint64_t)newcap > MAX_ALLOC / es)
        rt_panic_runtime(g, "growslice: cap out of range");
    uint64_t capmem = rt_roundupsize((uint64_t)newcap * es);
    newcap = (int64_t)(capmem / es);
    void *p = rt_alloc_array(g, elem, (size_t)newcap);
    if (s->len)
        memcpy(p, s->ptr, (size_t)((uint64_t)s->len * es));
    s->ptr = p;
    s->cap = newcap;
}
