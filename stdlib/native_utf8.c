/*
 * native_utf8.c — package unicode/utf8, all of it native, with Go's exact
 * answers for invalid input (lexer/utf8.h decodes as Go does).
 */
#include "stdlib/native.h"

static int valid_rune(int32_t r)
{
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
}

/* Go's FullRune: does s begin with a complete (possibly invalid) encoding? */
static int full_rune(const uint8_t *s, int64_t n)
{
    if (n == 0)
        return 0;
    uint8_t c = s[0];
    int need = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c <= 0xF4 ? 4 : 1;
    if (n >= need)
        return 1;
    uint8_t lo = 0x80, hi = 0xBF;   /* accepted range of the second byte */
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    if (n > 1 && (s[1] < lo || s[1] > hi))
        return 1;
    return n > 2 && (s[2] < 0x80 || s[2] > 0xBF);
}

static int valid(const uint8_t *s, int64_t n)
{
    for (int64_t i = 0; i < n;) {
        int w;
        if (nat_decode(s + i, s + n, &w) == RUNE_ERROR && w == 1)
            return 0;
        i += w;
    }
    return 1;
}

/* func AppendRune(p []byte, r rune) []byte */
static void AppendRune(G *g, uint64_t *a)
{
    GoSlice p = nat_slice(a, 0);
    int32_t r = (int32_t)a[3];
    char t[UTF8_MAX];
    int n = r >= 0 && r < 0x80 ? (t[0] = (char)r, 1) : utf8_encode(t, (uint32_t)r);
    ret_slice(a, 0, natives_append(g, p, t, (size_t)n));
}

static void decode(uint64_t *a, const uint8_t *s, int64_t n)
{
    int w;
    if (n <= 0) {           /* an empty slice's pointer may be NULL, which takes no offset */
        a[0] = 0xFFFD;
        a[1] = 0;
        return;
    }
    int32_t r = nat_decode(s, s + n, &w);
    a[0] = (uint64_t)(int64_t)r;
    a[1] = (uint64_t)w;
}

static void decode_last(uint64_t *a, const uint8_t *s, int64_t n)
{
    int w;
    int32_t r = nat_decode_last(s, n, &w);
    a[0] = (uint64_t)(int64_t)r;
    a[1] = (uint64_t)w;
}

static void DecodeRune(G *g, uint64_t *a) { GoSlice p = nat_slice(a, 0); decode(a, p.ptr, p.len); }
static void DecodeRuneInString(G *g, uint64_t *a) { GoString s = nat_str(a, 0); decode(a, s.ptr, s.len); }
static void DecodeLastRune(G *g, uint64_t *a) { GoSlice p = nat_slice(a, 0); decode_last(a, p.ptr, p.len); }

static void DecodeLastRuneInString(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0);
    decode_last(a, s.ptr, s.len);
}

/* func EncodeRune(p []byte, r rune) int: panics as Go's bounds checks do. */
static void EncodeRune(G *g, uint64_t *a)
{
    GoSlice p = nat_slice(a, 0);
    int32_t r = (int32_t)a[3];
    char t[UTF8_MAX];
    int n = (uint32_t)r < 0x80 ? (t[0] = (char)r, 1) : utf8_encode(t, (uint32_t)r);
    if (p.len < n)
        rt_panic_runtime(g, "index out of range [%d] with length %lld", n - 1, (long long)p.len);
    memcpy(p.ptr, t, (size_t)n);
    a[0] = (uint64_t)n;
}

static void FullRune(G *g, uint64_t *a) { GoSlice p = nat_slice(a, 0); a[0] = (uint64_t)full_rune(p.ptr, p.len); }
static void FullRuneInString(G *g, uint64_t *a) { GoString s = nat_str(a, 0); a[0] = (uint64_t)full_rune(s.ptr, s.len); }
static void RuneCount(G *g, uint64_t *a) { GoSlice p = nat_slice(a, 0); a[0] = (uint64_t)nat_rune_count(p.ptr, p.len); }
static void RuneCountInString(G *g, uint64_t *a) { GoString s = nat_str(a, 0); a[0] = (uint64_t)nat_rune_count(s.ptr, s.len); }
static void RuneLen(G *g, uint64_t *a) { a[0] = (uint64_t)(int64_t)utf8_rune_len((int32_t)a[0]); }
static void RuneStart(G *g, uint64_t *a) { a[0] = ((uint8_t)a[0] & 0xC0) != 0x80; }
static void Valid(G *g, uint64_t *a) { GoSlice p = nat_slice(a, 0); a[0] = (uint64_t)valid(p.ptr, p.len); }
static void ValidRune(G *g, uint64_t *a) { a[0] = (uint64_t)valid_rune((int32_t)a[0]); }
static void ValidString(G *g, uint64_t *a) { GoString s = nat_str(a, 0); a[0] = (uint64_t)valid(s.ptr, s.len); }

#define N(f) { "unicode/utf8." #f, f }

const NativeDef natives_utf8[] = {
    N(AppendRune), N(DecodeLastRune), N(DecodeLastRuneInString), N(DecodeRune),
    N(DecodeRuneInString), N(EncodeRune), N(FullRune), N(FullRuneInString), N(RuneCount),
    N(RuneCountInString), N(RuneLen), N(RuneStart), N(Valid), N(ValidRune), N(ValidString),
    { NULL, NULL },
};
