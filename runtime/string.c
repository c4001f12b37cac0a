/*
 * string.c — string concatenation, comparison, conversions and UTF-8.
 *
 * Strings are immutable {ptr,len}; every operation that makes a new string
 * allocates its bytes. Decoding follows Go: an invalid or short sequence
 * decodes as U+FFFD with width 1, surrogates and values above U+10FFFF are
 * invalid; encoding an invalid rune writes U+FFFD.
 */
#include <string.h>

#include "runtime/runtime.h"

int rt_utf8_decode(const uint8_t *p, int64_t n, int32_t *rune)
{
    if (n <= 0) {
        *rune = 0xFFFD;
        return 0;
    }
    uint8_t c = p[0];
    if (c < 0x80) {
        *rune = c;
        return 1;
    }
    int w;
    int32_t r, min;
    if (c >= 0xC2 && c <= 0xDF) { w = 2; r = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { w = 3; r = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { w = 4; r = c & 0x07; min = 0x10000; }
    else { *rune = 0xFFFD; return 1; }
    if (n < w) {
        /* still invalid if the continuation bytes present are wrong: width 1 either way */
        *rune = 0xFFFD;
        return 1;
    }
    for (int i = 1; i < w; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *rune = 0xFFFD;
            return 1;
        }
        r = r << 6 | (p[i] & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
        *rune = 0xFFFD;
        return 1;
    }
    *rune = r;
    return w;
}

int rt_utf8_encode(uint8_t *b, int32_t r)
{
    uint32_t u = (uint32_t)r;
    if (u < 0x80) {
        b[0] = (uint8_t)u;
        return 1;
    }
    if (u < 0x800) {
        b[0] = (uint8_t)(0xC0 | u >> 6);
        b[1] = (uint8_t)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
        u = 0xFFFD;
    if (u < 0x10000) {
        b[0] = (uint8_t)(0xE0 | u >> 12);
        b[1] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
        b[2] = (uint8_t)(0x80 | (u & 0x3F));
        return 3;
    }
    b[0] = (uint8_t)(0xF0 | u >> 18);
    b[1] = (uint8_t)(0x80 | ((u >> 12) & 0x3F));
    b[2] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
    b[3] = (uint8_t)(0x80 | (u & 0x3F));
    return 4;
}

GoString rt_concat(G *g, GoString a, GoString b)
{
    if (a.len == 0)
        return b;
    if (b.len == 0)
        return a;
    uint8_t *p = rt_alloc_noscan(g, (size_t)(a.len + b.len));
    memcpy(p, a.ptr, (size_t)a.len);
    memcpy(p + a.len, b.ptr, (size_t)b.len);
    return (GoString){p, a.len + b.len};
}

GoString rt_concatn(G *g, const GoString *v, int n)
{
    int64_t total = 0;
    for (int i = 0; i < n; i++)
        total += v[i].len;
    if (total == 0)
        return (GoString){NULL, 0};
    uint8_t *p = rt_alloc_noscan(g, (size_t)total), *q = p;
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

GoSlice rt_str2runes(G *g, GoString s)
{
    int64_t n = 0;
    for (int64_t i = 0; i < s.len; n++) {
        int32_t r;
        i += rt_utf8_decode(s.ptr + i, s.len - i, &r);
    }
    uint64_t cap = rt_roundupsize((uint64_t)n * 4) / 4;
    int32_t *p = rt_alloc_noscan(g, cap ? cap * 4 : 1);
    int64_t k = 0;
    for (int64_t i = 0; i < s.len; k++)
        i += rt_utf8_decode(s.ptr + i, s.len - i, &p[k]);
    return (GoSlice){p, n, (int64_t)cap};
}

GoString rt_runes2str(G *g, GoSlice rs)
{
    const int32_t *r = rs.ptr;
    int64_t n = 0;
    uint8_t tmp[4];
    for (int64_t i = 0; i < rs.len; i++)
        n += rt_utf8_encode(tmp, r[i]);
    if (n == 0)
        return (GoString){NULL, 0};
    uint8_t *p = rt_alloc_noscan(g, (size_t)n), *q = p;
    for (int64_t i = 0; i < rs.len; i++)
        q += rt_utf8_encode(q, r[i]);
    return (GoString){p, n};
}

GoString rt_runestr(G *g, int64_t r)
{
    uint8_t tmp[4];
    if (r < 0 || r > 0x10FFFF)
        r = 0xFFFD;
    int n = rt_utf8_encode(tmp, (int32_t)r);
    return rt_string(g, (const char *)tmp, (size_t)n);
}
