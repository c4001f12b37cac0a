/*
 * natives.c — the registry of native functions (natives_lookup) and the
 * helpers the per-package native files share.
 *
 * A native is found by its Go name as the code generator spells it:
 * "fmt.Println", "strings.(*Builder).WriteString", "strconv.parseInt".
 * Tables are per package (stdlib/native_<pkg>.c) and searched linearly; the
 * code generator looks each name up once, when it links a call.
 */
#include "stdlib/native.h"

#include <string.h>

static const NativeDef *const tables[] = {
    natives_fmt, natives_strconv, natives_strings, natives_math, natives_utf8, natives_unicode, natives_os, natives_errors, natives_runtime,
    natives_sort,
};

NativeFn natives_lookup(const char *name)
{
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++)
        for (const NativeDef *d = tables[t]; d->name; d++)
            if (!strcmp(d->name, name))
                return d->fn;
    return NULL;
}

/* The address Go gives zero-sized allocations (runtime.zerobase): a
 * non-nil pointer for empty slices that must not be nil. */
static const uint64_t zerobase;

GoString natives_buf_string(G *g, Buf *b)
{
    GoString s = { NULL, 0 };
    if (b->n)
        s = rt_string(g, b->s, b->n);
    buf_free(b);
    return s;
}

/* runtime.roundupsize: the size class an allocation of n bytes gets. */
static size_t roundupsize(size_t n)
{
    static const uint16_t class_to_size[] = {
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
        288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
        1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
        6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
        20480, 21760, 24576, 27264, 28672, 32768,
    };
    if (n < 32768) {
        for (size_t i = 0;; i++)
            if (class_to_size[i] >= n)
                return class_to_size[i];
    }
    return (n + 8191) & ~(size_t)8191;
}

GoSlice natives_append(G *g, GoSlice s, const void *p, size_t n)
{
    int64_t need = s.len + (int64_t)n;
    if (need > s.cap) {
        int64_t newcap = s.cap, doublecap = 2 * s.cap;
        if (need > doublecap) {
            newcap = need;
        } else if (s.cap < 256) {
            newcap = doublecap;
        } else {
            while (newcap > 0 && newcap < need)
                newcap += (newcap + 3 * 256) / 4;
            if (newcap <= 0)
                newcap = need;
        }
        newcap = (int64_t)roundupsize((size_t)newcap);
        uint8_t *q = rt_alloc_noscan(g, (size_t)newcap);
        if (s.len)
            memcpy(q, s.ptr, (size_t)s.len);
        s.ptr = q;
        s.cap = newcap;
    }
    if (n)
        memcpy((uint8_t *)s.ptr + s.len, p, n);
    s.len = need;
    return s;
}

GoString *natives_make_strings(G *g, int64_t cap)
{
    if (cap == 0)
        return (GoString *)&zerobase;
    return rt_alloc_bytes(g, (size_t)cap * sizeof(GoString));
}
