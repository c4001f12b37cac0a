/*
 * slice.c — make, append growth and Go's size classes for slices.
 *
 * Growth follows Go 1.19's growslice exactly: double below 256 elements,
 * then grow by (newcap + 3*256)/4 until large enough, then round the byte
 * size up to the allocator's size class, so cap() prints what go prints.
 */
#include <string.h>

#include "runtime/runtime.h"

/* Go 1.19's size classes (runtime/sizeclasses.go), bytes. */
static const uint32_t class_sizes[] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
    6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768,
};

#define PAGE_SIZE 8192
#define MAX_ALLOC ((uint64_t)1 << 47)

uint64_t rt_roundupsize(uint64_t size)
{
    if (size <= 32768) {
        int lo = 0, hi = (int)(sizeof class_sizes / sizeof class_sizes[0]) - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (class_sizes[mid] >= size)
                hi = mid;
            else
                lo = mid + 1;
        }
        return class_sizes[lo];
    }
    if (size + PAGE_SIZE < size)
        return size;
    return (size + PAGE_SIZE - 1) & ~(uint64_t)(PAGE_SIZE - 1);
}

static uint8_t zerobase[16];

GoSlice rt_makeslice(G *g, const RType *elem, int64_t len, int64_t cap)
{
    uint64_t es = (uint64_t)elem->size;
    if (len < 0 || (es && (uint64_t)len > MAX_ALLOC / es))
        rt_panic_runtime(g, "makeslice: len out of range");
    if (cap < len || (es && (uint64_t)cap > MAX_ALLOC / es))
        rt_panic_runtime(g, "makeslice: cap out of range");
    GoSlice s = {zerobase, len, cap};
    if (es && cap)
        s.ptr = (elem->flags & RT_HASPTR) ? rt_alloc_bytes(g, es * (uint64_t)cap)
                                          : rt_alloc_noscan(g, es * (uint64_t)cap);
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
        rt_panic_runtime(g, "growslice: len out of range");
    uint64_t capmem = rt_roundupsize((uint64_t)newcap * es);
    newcap = (int64_t)(capmem / es);
    void *p = (elem->flags & RT_HASPTR) ? rt_alloc_bytes(g, capmem) : rt_alloc_noscan(g, capmem);
    if (s->len)
        memcpy(p, s->ptr, (size_t)((uint64_t)s->len * es));
    s->ptr = p;
    s->cap = newcap;
}
