/*
 * native_sort.c — the two natives package sort needs where Go uses reflect:
 * sort.Slice, SliceStable and SliceIsSorted take the slice as an `any`, and
 * Go source cannot index a slice whose element type it does not know.
 *
 * x arrives as an empty interface (two words: RType, data word). A slice is
 * not a direct kind, so the data word points at a heap copy of the slice
 * header; the copy shares the backing array with the caller's slice, so
 * swapping through it sorts the caller's elements.
 *
 * Elements holding pointers are exchanged with the write barrier first, as
 * Go's reflectlite.Swapper uses typedmemmove.
 */
#include "runtime/gc.h"
#include "stdlib/native.h"

/* reflect.Kind.String() in Go 1.19. */
static const char *const kind_names[] = {
    "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
    "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
    "chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer",
};

/* The length internal/reflectlite's Value.Len (what package sort calls)
 * gives a value of a kind other than slice (maps and channels are not
 * implemented yet), or -1. */
static int64_t value_len(const RType *t, const void *data)
{
    switch (t->kind) {
    case RK_ARRAY: return t->len;
    case RK_STRING: return ((const GoString *)data)->len;
    default: return -1;
    }
}

/* func sliceLen(x any, method string) int
 * method is "Swapper" (reflectlite.Swapper: slices only) or
 * "reflect.Value.Len" (also arrays and strings). Panics with reflect's text
 * when x holds none of these. */
static void sliceLen(G *g, uint64_t *a)
{
    const RType *t = (const RType *)(uintptr_t)a[0];
    GoString m = nat_str(a, 2);
    int swapper = m.len == 7 && !memcmp(m.ptr, "Swapper", 7);
    if (t && t->kind != RK_SLICE && !swapper) {
        int64_t n = value_len(t, (const void *)(uintptr_t)a[1]);
        if (n >= 0) {
            a[0] = (uint64_t)n;
            return;
        }
    }
    if (!t || t->kind != RK_SLICE) {
        Buf b = {0};
        buf_puts(&b, "reflect: call of ");
        buf_add(&b, (const char *)m.ptr, (size_t)m.len);
        if (!t)
            buf_puts(&b, " on zero Value");
        else
            buf_printf(&b, " on %s Value", t->kind < sizeof kind_names / sizeof kind_names[0] ? kind_names[t->kind] : "kind?");
        rt_panic_string(g, b.s);
    }
    const GoSlice *s = (const GoSlice *)(uintptr_t)a[1];
    a[0] = (uint64_t)s->len;
}

/* func swapElems(x any, i, j int)
 * The caller (sort.swapper) has checked that x holds a slice and that i and
 * j are in range. */
static void swapElems(G *g, uint64_t *a)
{
    (void)g;
    const RType *t = (const RType *)(uintptr_t)a[0];
    const GoSlice *s = (const GoSlice *)(uintptr_t)a[1];
    int64_t i = (int64_t)a[2], j = (int64_t)a[3];
    size_t size = (size_t)t->elem->size;
    if (i == j || size == 0)
        return;
    uint8_t *p = (uint8_t *)s->ptr + (size_t)i * size, *q = (uint8_t *)s->ptr + (size_t)j * size;
    /* both elements are overwritten: the write barrier (gc.h) */
    if (t->elem->flags & RT_HASPTR) {
        gc_wb_range(p, size);
        gc_wb_range(q, size);
    }
    if (size == 8) {
        uint64_t tmp;
        memcpy(&tmp, p, 8);
        memcpy(p, q, 8);
        memcpy(q, &tmp, 8);
        return;
    }
    uint8_t tmp[256];
    for (size_t off = 0; off < size; off += sizeof tmp) {
        size_t n = size - off < sizeof tmp ? size - off : sizeof tmp;
        memcpy(tmp, p + off, n);
        memcpy(p + off, q + off, n);
        memcpy(q + off, tmp, n);
    }
}

#define N(f) { "sort." #f, f }

const NativeDef natives_sort[] = {
    N(sliceLen), N(swapElems),
    { NULL, NULL },
};
