/*
 * native.h — what the native files of the standard packages share (private
 * to stdlib/native_*.c and stdlib/natives.c): reading parameters from and
 * writing results to the register window of rt.h's calling convention, and
 * Go's append for byte slices.
 *
 * Register form (runtime/rtype.h): integers sign- or zero-extended to 64
 * bits, bools 0/1, float64 as its bit image, float32 as its 4-byte image in
 * the low half, strings two words, slices three, interfaces two. Results
 * are written from args[0] on after every parameter has been read.
 */
#ifndef GOLITE_NATIVE_H
#define GOLITE_NATIVE_H

#include <stdint.h>
#include <string.h>

#include "lexer/utf8.h"
#include "runtime/rt.h"
#include "util/buf.h"

/* One table per package, ended by {NULL, NULL}; natives.c searches them. */
extern const NativeDef natives_fmt[], natives_strconv[], natives_strings[], natives_math[],
    natives_utf8[], natives_unicode[], natives_os[], natives_sort[], natives_errors[], natives_runtime[],
    natives_sync[], natives_ffi[], natives_repl[], natives_reflect[];

static inline GoString nat_str(const uint64_t *a, int i)
{
    return (GoString){ (const uint8_t *)(uintptr_t)a[i], (int64_t)a[i + 1] };
}

static inline GoSlice nat_slice(const uint64_t *a, int i)
{
    return (GoSlice){ (void *)(uintptr_t)a[i], (int64_t)a[i + 1], (int64_t)a[i + 2] };
}

static inline double nat_f64(const uint64_t *a, int i)
{
    double d;
    memcpy(&d, &a[i], 8);
    return d;
}

static inline float nat_f32(const uint64_t *a, int i)
{
    uint32_t u = (uint32_t)a[i];
    float f;
    memcpy(&f, &u, 4);
    return f;
}

static inline void ret_str(uint64_t *a, int i, GoString s)
{
    a[i] = (uint64_t)(uintptr_t)s.ptr;
    a[i + 1] = (uint64_t)s.len;
}

static inline void ret_slice(uint64_t *a, int i, GoSlice s)
{
    a[i] = (uint64_t)(uintptr_t)s.ptr;
    a[i + 1] = (uint64_t)s.len;
    a[i + 2] = (uint64_t)s.cap;
}

static inline void ret_f64(uint64_t *a, int i, double d) { memcpy(&a[i], &d, 8); }

static inline void ret_f32(uint64_t *a, int i, float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    a[i] = u;
}

static inline void ret_nil(uint64_t *a, int i) { a[i] = a[i + 1] = 0; }

/* buf_add for Go memory, where an empty string's pointer may be NULL. */
static inline void nat_add(Buf *b, const void *p, int64_t n)
{
    if (n > 0)
        buf_add(b, (const char *)p, (size_t)n);
}

/* s[lo:hi] of a string, sharing its bytes. */
static inline GoString substr(GoString s, int64_t lo, int64_t hi)
{
    return (GoString){ s.ptr ? s.ptr + lo : s.ptr, hi - lo };
}

/* utf8.DecodeRuneInString: RUNE_ERROR width 1 for invalid bytes, width 0
 * at the end. */
static inline int32_t nat_decode(const uint8_t *p, const uint8_t *end, int *width)
{
    if (p >= end) {
        *width = 0;
        return RUNE_ERROR;
    }
    if (*p < 0x80) {
        *width = 1;
        return *p;
    }
    return utf8_decode(p, end, width);
}

/* utf8.DecodeLastRuneInString of s[0:n]. */
static inline int32_t nat_decode_last(const uint8_t *s, int64_t n, int *width)
{
    if (n == 0) {
        *width = 0;
        return RUNE_ERROR;
    }
    int64_t start = n - 1;
    if (s[start] < 0x80) {
        *width = 1;
        return s[start];
    }
    int64_t lim = n - UTF8_MAX < 0 ? 0 : n - UTF8_MAX;
    for (start--; start >= lim; start--)
        if ((s[start] & 0xC0) != 0x80)
            break;
    if (start < 0)
        start = 0;
    int32_t r = utf8_decode(s + start, s + n, width);
    if (start + *width != n) {
        *width = 1;
        return RUNE_ERROR;
    }
    return r;
}

/* utf8.RuneCount. */
static inline int64_t nat_rune_count(const uint8_t *s, int64_t n)
{
    int64_t c = 0;
    for (int64_t i = 0; i < n; c++) {
        int w = 1;
        if (s[i] >= 0x80)
            utf8_decode(s + i, s + n, &w);
        i += w;
    }
    return c;
}

/* A Go string holding b's bytes (copied); frees b. */
GoString natives_buf_string(G *g, Buf *b);
/* append(s, p[:n]...) for a []byte, growing as Go's growslice does. */
GoSlice natives_append(G *g, GoSlice s, const void *p, size_t n);
/* make([]string, n) with capacity cap (non-nil even when empty). */
GoString *natives_make_strings(G *g, int64_t cap);

#endif
