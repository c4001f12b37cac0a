/*
 * string.c — string concatenation, comparison, conversions and UTF-8.
 *
 * Strings are immutable {ptr,len}; every operation that makes a new string
 * allocates its bytes. UTF-8 is lexer/utf8.h's, which decodes as Go does (an
 * invalid or short sequence is U+FFFD with width 1) and encodes an invalid
 * rune as U+FFFD.
 */
#include <string.h>

#include "lexer/utf8.h"
#include "runtime/runtime.h"
#include "vm/vm.h"

GoString rt_concat(G *g, GoString a, GoString b)
{
    /* one operand alone is the result, unless its bytes are in the frame
     * region (a string([]byte) that did not escape): the result may */
    if (a.len == 0 && !vm_region_holds(g, b.ptr))
        return b;
    if (b.len == 0 && !vm_region_holds(g, a.ptr))
        return a;
    uint8_t *p = rt_alloc_noscan(g, (size_t)(a.len + b.len));
    if (a.len)
        memcpy(p, a.ptr, (size_t)a.len);
    if (b.len)
        memcpy(p + a.len, b.ptr, (size_t)b.len);
    return (GoString){p, a.len + b.len};
}

GoString rt_concatn(G *g, const GoString *v, int n)
{
    return rt_concatn_buf(g, v, n, NULL);
}

/* buf: go's tmpBuf, RT_TMPBUF bytes in the frame region for a result that
 * does not escape (NULL: the heap). */
GoString rt_concatn_buf(G *g, const GoString *v, int n, uint8_t *buf)
{
    int64_t total = 0;
    for (int i = 0; i < n; i++)
        total += v[i].len;
    if (total == 0)
        return (GoString){NULL, 0};
    uint8_t *p = buf && total <= RT_TMPBUF ? buf : rt_alloc_noscan(g, (size_t)total), *q = p;
    for (int i = 0; i < n; i++) {
        if (v[i].len)
            memcpy(q, v[i].ptr, (size_t)v[i].len);
        q += v[i].len;
    }
    return (GoString){p, total};
}

int rt_strcmp(GoString a, GoString b)
{
    int64_t n = a.len < b.len ? a.len : b.len;
    int c = n > 0 ? memcmp(a.ptr, b.ptr, (size_t)n) : 0;
    if (c)
        return c < 0 ? -1 : 1;
    return a.len < b.len ? -1 : a.len > b.len;
}

GoSlice rt_str2bytes(G *g, GoString s)
{
    GoSlice r = {NULL, s.len, 0};
    uint64_t cap = rt_roundupsize((uint64_t)s.len);
    r.ptr = rt_alloc_noscan(g, cap ? cap : 1);
    r.cap = (int64_t)cap;
    if (s.len)
        memcpy(r.ptr, s.ptr, (size_t)s.len);
    return r;
}

GoString rt_bytes2str(G *g, GoSlice b)
{
    return rt_string(g, b.ptr, (size_t)b.len);
}

GoString rt_bytes2str_buf(G *g, GoSlice b, uint8_t *buf)
{
    if (b.len <= 0 || b.len > RT_TMPBUF)
        return rt_bytes2str(g, b);
    memcpy(buf, b.ptr, (size_t)b.len);
    return (GoString){buf, b.len};
}

GoSlice rt_str2runes(G *g, GoString s)
{
    int64_t n = 0;
    for (int64_t i = 0; i < s.len; n++) {
        int w;
        utf8_decode(s.ptr + i, s.ptr + s.len, &w);
        i += w;
    }
    uint64_t cap = rt_roundupsize((uint64_t)n * 4) / 4;
    int32_t *p = rt_alloc_noscan(g, cap ? cap * 4 : 1);
    int64_t k = 0;
    for (int64_t i = 0; i < s.len; k++) {
        int w;
        p[k] = utf8_decode(s.ptr + i, s.ptr + s.len, &w);
        i += w;
    }
    return (GoSlice){p, n, (int64_t)cap};
}

GoString rt_runes2str(G *g, GoSlice rs)
{
    const int32_t *r = rs.ptr;
    int64_t n = 0;
    uint8_t tmp[4];
    for (int64_t i = 0; i < rs.len; i++)
        n += utf8_encode((char *)tmp, (uint32_t)r[i]);
    if (n == 0)
        return (GoString){NULL, 0};
    uint8_t *p = rt_alloc_noscan(g, (size_t)n), *q = p;
    for (int64_t i = 0; i < rs.len; i++)
        q += utf8_encode((char *)q, (uint32_t)r[i]);
    return (GoString){p, n};
}

GoString rt_runestr(G *g, int64_t r)
{
    uint8_t tmp[4];
    if (r < 0 || r > 0x10FFFF)
        r = 0xFFFD;
    int n = utf8_encode((char *)tmp, (uint32_t)r);
    return rt_string(g, (const char *)tmp, (size_t)n);
}
