/*
 * natives.c — the registry of native functions (natives_lookup) and the
 * helpers the per-package native files share.
 *
 * A native is found by its Go name as the code generator spells it:
 * "fmt.Println", "strings.(*Builder).WriteString", "strconv.parseInt".
 * Tables are per package (stdlib/native_<pkg>.c) and searched linearly; the
 * code generator looks each name up once, when it links a call.
 */
#include "runtime/runtime.h"
#include "stdlib/native.h"

#include <string.h>

static const NativeDef *const tables[] = {
    natives_fmt, natives_strconv, natives_strings, natives_math, natives_utf8, natives_unicode, natives_os, natives_errors, natives_runtime,
    natives_sort, natives_sync, natives_ffi, natives_repl, natives_reflect,
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

GoSlice natives_append(G *g, GoSlice s, const void *p, size_t n)
{
    static const RType byte_type = {.kind = RK_UINT8, .align = 1, .size = 1, .str = "uint8"};
    rt_growslice(g, &s, &byte_type, (int64_t)n);    /* Go's growth and size classes */
    if (n)
        memcpy((uint8_t *)s.ptr + s.len, p, n);
    s.len += (int64_t)n;
    return s;
}

GoString *natives_make_strings(G *g, int64_t cap)
{
    if (cap == 0)
        return (GoString *)&zerobase;
    return rt_alloc_layout(g, (size_t)cap * sizeof(GoString), &rt_strings_layout);
}
