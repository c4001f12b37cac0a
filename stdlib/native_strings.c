/*
 * native_strings.c — package strings' natives: the plain functions of
 * strings.go and the methods of Builder, each following Go 1.19's code so
 * that results agree on invalid UTF-8 (decoded as U+FFFD, one byte at a
 * time), on empty arguments and in the capacity of returned slices.
 * Results that are a part of an argument share its bytes, as in Go.
 *
 * Not here: the functions taking a func (Map, FieldsFunc, IndexFunc,
 * LastIndexFunc, TrimFunc, TrimLeftFunc, TrimRightFunc) and the Special
 * case mappings, which are Go source, and Reader and Replacer.
 * Also here: package bytes' search functions (Index, IndexByte, Equal, …),
 * on the same helpers.
 *
 * Builder's layout is stdlib/strings/strings.go's: {addr *Builder; buf
 * []byte}. Its methods run Go's copyCheck.
 */
#include "runtime/gc.h"
#include "runtime/unicode.h"
#include "stdlib/native.h"

static const GoString empty = { NULL, 0 };

static void put_rune(Buf *b, int32_t r)
{
    char t[UTF8_MAX];
    buf_add(b, t, (size_t)utf8_encode(t, (uint32_t)r));
}

static int64_t index_byte(GoString s, uint8_t c)
{
    const uint8_t *p = s.len ? memchr(s.ptr, c, (size_t)s.len) : NULL;
    return p ? p - s.ptr : -1;
}

static int64_t last_index_byte(GoString s, uint8_t c)
{
    for (int64_t i = s.len - 1; i >= 0; i--)
        if (s.ptr[i] == c)
            return i;
    return -1;
}

static int64_t str_index(GoString s, GoString sub)
{
    if (sub.len == 0)
        return 0;
    if (sub.len > s.len)
        return -1;
    const uint8_t *p = memmem(s.ptr, (size_t)s.len, sub.ptr, (size_t)sub.len);
    return p ? p - s.ptr : -1;
}

static int64_t str_last_index(GoString s, GoString sub)
{
    if (sub.len == 0)
        return s.len;
    for (int64_t i = s.len - sub.len; i >= 0; i--)
        if (!memcmp(s.ptr + i, sub.ptr, (size_t)sub.len))
            return i;
    return -1;
}

static int valid_rune(int32_t r)
{
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
}

/* IndexRune: RuneError finds the first invalid byte or U+FFFD. */
static int64_t index_rune(GoString s, int32_t r)
{
    if (r >= 0 && r < 0x80)
        return index_byte(s, (uint8_t)r);
    if (r == RUNE_ERROR) {
        for (int64_t i = 0; i < s.len;) {
            int w;
            if (nat_decode(s.ptr + i, s.ptr + s.len, &w) == RUNE_ERROR)
                return i;
            i += w;
        }
        return -1;
    }
    if (!valid_rune(r))
        return -1;
    char t[UTF8_MAX];
    return str_index(s, (GoString){ (const uint8_t *)t, utf8_encode(t, (uint32_t)r) });
}

static int contains_rune(GoString s, int32_t r) { return index_rune(s, r) >= 0; }

static int64_t count(GoString s, GoString sub)
{
    if (sub.len == 0)
        return nat_rune_count(s.ptr, s.len) + 1;
    int64_t n = 0;
    for (;;) {
        int64_t i = str_index(s, sub);
        if (i < 0)
            return n;
        n++;
        s = substr(s, i + sub.len, s.len);
    }
}

static int64_t index_any(GoString s, GoString chars)
{
    if (chars.len == 0)
        return -1;
    for (int64_t i = 0; i < s.len;) {
        int w;
        int32_t r = nat_decode(s.ptr + i, s.ptr + s.len, &w);
        if (contains_rune(chars, r))
            return i;
        i += w;
    }
    return -1;
}

static int64_t last_index_any(GoString s, GoString chars)
{
    if (chars.len == 0)
        return -1;
    for (int64_t i = s.len; i > 0;) {
        int w;
        int32_t r = nat_decode_last(s.ptr, i, &w);
        i -= w;
        if (contains_rune(chars, r))
            return i;
    }
    return -1;
}

static int is_ascii_space(uint8_t c)
{
    return c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == ' ';
}

static GoString trim_left_space(GoString s)
{
    int64_t i = 0;
    while (i < s.len) {
        int w;
        if (!uni_is_space(nat_decode(s.ptr + i, s.ptr + s.len, &w)))
            break;
        i += w;
    }
    return substr(s, i, s.len);
}

static GoString trim_right_space(GoString s)
{
    int64_t n = s.len;
    while (n > 0) {
        int w;
        if (!uni_is_space(nat_decode_last(s.ptr, n, &w)))
            break;
        n -= w;
    }
    return substr(s, 0, n);
}

static GoString trim_space(GoString s)
{
    int64_t start = 0, stop = s.len;
    for (; start < s.len; start++) {
        if (s.ptr[start] >= 0x80)
            return trim_right_space(trim_left_space(substr(s, start, s.len)));
        if (!is_ascii_space(s.ptr[start]))
            break;
    }
    for (; stop > start; stop--) {
        if (s.ptr[stop - 1] >= 0x80)
            return trim_right_space(substr(s, start, stop));
        if (!is_ascii_space(s.ptr[stop - 1]))
            break;
    }
    return substr(s, start, stop);
}

static GoString trim_left(GoString s, GoString cutset)
{
    if (s.len == 0 || cutset.len == 0)
        return s;
    while (s.len > 0) {
        int w;
        if (!contains_rune(cutset, nat_decode(s.ptr, s.ptr + s.len, &w)))
            break;
        s = substr(s, w, s.len);
    }
    return s;
}

static GoString trim_right(GoString s, GoString cutset)
{
    if (s.len == 0 || cutset.len == 0)
        return s;
    while (s.len > 0) {
        int w;
        if (!contains_rune(cutset, nat_decode_last(s.ptr, s.len, &w)))
            break;
        s = substr(s, 0, s.len - w);
    }
    return s;
}

static int has_prefix(GoString s, GoString p)
{
    return s.len >= p.len && (p.len == 0 || !memcmp(s.ptr, p.ptr, (size_t)p.len));
}

static int has_suffix(GoString s, GoString p)
{
    return s.len >= p.len && (p.len == 0 || !memcmp(s.ptr + s.len - p.len, p.ptr, (size_t)p.len));
}

static int equal_fold(GoString s, GoString t)
{
    int64_t i = 0, j = 0;
    while (i < s.len && j < t.len) {
        int ws, wt;
        int32_t sr = nat_decode(s.ptr + i, s.ptr + s.len, &ws);
        int32_t tr = nat_decode(t.ptr + j, t.ptr + t.len, &wt);
        i += ws, j += wt;
        if (sr == tr)
            continue;
        if (tr < sr) {
            int32_t x = tr;
            tr = sr, sr = x;
        }
        if (tr < 0x80) {
            if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A')
                continue;
            return 0;
        }
        int32_t r = uni_simple_fold(sr);    /* the next rune of the orbit */
        while (r != sr && r < tr)
            r = uni_simple_fold(r);
        if (r == tr)
            continue;
        return 0;
    }
    return s.len - i == 0 && t.len - j == 0;
}

/* strings.Map for the mappings the natives need; f is called once per rune
 * in order, and a negative result drops the rune. */
typedef int32_t (*RuneMap)(int32_t r, void *ctx);

static GoString map_runes(G *g, GoString s, RuneMap f, void *ctx)
{
    for (int64_t i = 0; i < s.len;) {
        int w;
        int32_t c = nat_decode(s.ptr + i, s.ptr + s.len, &w);
        int32_t r = f(c, ctx);
        if (r == c && (c != RUNE_ERROR || w != 1)) {
            i += w;
            continue;
        }
        Buf b = { 0 };
        nat_add(&b, s.ptr, i);
        if (r >= 0)
            put_rune(&b, r);
        for (i += w; i < s.len; i += w) {
            r = f(nat_decode(s.ptr + i, s.ptr + s.len, &w), ctx);
            if (r >= 0)
                put_rune(&b, r);
        }
        return natives_buf_string(g, &b);
    }
    return s;
}

static int32_t map_upper(int32_t r, void *ctx) { return uni_to_upper(r); }
static int32_t map_lower(int32_t r, void *ctx) { return uni_to_lower(r); }
static int32_t map_title(int32_t r, void *ctx) { return uni_to_title(r); }

/* strings.Title's isSeparator. */
static int is_separator(int32_t r)
{
    if (r <= 0x7F)
        return !((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') ||
                 r == '_');
    if (uni_is(r, UNI_LETTER | UNI_DIGIT))
        return 0;
    return uni_is_space(r);
}

static int32_t map_word_title(int32_t r, void *ctx)
{
    int32_t *prev = ctx;
    int sep = is_separator(*prev);
    *prev = r;
    return sep ? uni_to_title(r) : r;
}

/* ToUpper/ToLower's ASCII fast path, then Map. */
static GoString change_case(G *g, GoString s, int upper)
{
    int ascii = 1, change = 0;
    uint8_t lo = upper ? 'a' : 'A', hi = upper ? 'z' : 'Z';
    for (int64_t i = 0; i < s.len; i++) {
        if (s.ptr[i] >= 0x80) {
            ascii = 0;
            break;
        }
        change |= s.ptr[i] >= lo && s.ptr[i] <= hi;
    }
    if (!ascii)
        return map_runes(g, s, upper ? map_upper : map_lower, NULL);
    if (!change)
        return s;
    uint8_t *p = rt_alloc_noscan(g, (size_t)s.len);
    for (int64_t i = 0; i < s.len; i++) {
        uint8_t c = s.ptr[i];
        p[i] = c >= lo && c <= hi ? c ^ 0x20 : c;
    }
    return (GoString){ p, s.len };
}

static GoString replace(G *g, GoString s, GoString old, GoString new, int64_t n)
{
    if ((old.len == new.len && (old.len == 0 || !memcmp(old.ptr, new.ptr, (size_t)old.len))) ||
        n == 0)
        return s;
    int64_t m = count(s, old);
    if (m == 0)
        return s;
    if (n < 0 || m < n)
        n = m;
    Buf b = { 0 };
    int64_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start;
        if (old.len == 0) {
            if (i > 0) {
                int w;
                nat_decode(s.ptr + start, s.ptr + s.len, &w);
                j += w;
            }
        } else {
            j += str_index(substr(s, start, s.len), old);
        }
        nat_add(&b, s.ptr + start, j - start);
        nat_add(&b, new.ptr, new.len);
        start = j + old.len;
    }
    nat_add(&b, s.ptr + start, s.len - start);
    return natives_buf_string(g, &b);
}

/* explode: s split into at most n UTF-8 sequences; invalid bytes (and
 * U+FFFD) become "\uFFFD" except in the last piece. */
static GoSlice explode(G *g, GoString s, int64_t n)
{
    int64_t l = nat_rune_count(s.ptr, s.len);
    if (n < 0 || n > l)
        n = l;
    GoString *a = natives_make_strings(g, n);
    static const uint8_t rune_error[] = { 0xEF, 0xBF, 0xBD };
    for (int64_t i = 0; i < n - 1; i++) {
        int w;
        int32_t r = nat_decode(s.ptr, s.ptr + s.len, &w);
        a[i] = r == RUNE_ERROR ? (GoString){ rune_error, 3 } : substr(s, 0, w);
        s = substr(s, w, s.len);
    }
    if (n > 0)
        a[n - 1] = s;
    return (GoSlice){ a, n, n };
}

/* genSplit: sep_save bytes of sep kept at the end of each piece. */
static GoSlice gen_split(G *g, GoString s, GoString sep, int64_t sep_save, int64_t n)
{
    if (n == 0)
        return (GoSlice){ NULL, 0, 0 };
    if (sep.len == 0)
        return explode(g, s, n);
    if (n < 0)
        n = count(s, sep) + 1;
    if (n > s.len + 1)
        n = s.len + 1;
    GoString *a = natives_make_strings(g, n);
    int64_t cap = n, i = 0;
    n--;
    while (i < n) {
        int64_t m = str_index(s, sep);
        if (m < 0)
            break;
        a[i++] = substr(s, 0, m + sep_save);
        s = substr(s, m + sep.len, s.len);
    }
    a[i] = s;
    return (GoSlice){ a, i + 1, cap };
}

static GoSlice fields(G *g, GoString s)
{
    int64_t n = 0, start = -1;
    for (int pass = 0; pass < 2; pass++) {
        GoString *a = pass ? natives_make_strings(g, n) : NULL;
        int64_t k = 0;
        start = -1;
        for (int64_t i = 0; i < s.len;) {
            int w;
            int32_t r = nat_decode(s.ptr + i, s.ptr + s.len, &w);
            if (uni_is_space(r)) {
                if (start >= 0 && a)
                    a[k] = substr(s, start, i);
                if (start >= 0)
                    k++;
                start = -1;
            } else if (start < 0) {
                start = i;
            }
            i += w;
        }
        if (start >= 0) {
            if (a)
                a[k] = substr(s, start, s.len);
            k++;
        }
        if (pass)
            return (GoSlice){ a, n, n };
        n = k;
    }
    return (GoSlice){ NULL, 0, 0 };
}

static GoString to_valid_utf8(G *g, GoString s, GoString repl)
{
    int64_t i = 0;
    while (i < s.len) {
        int w;
        if (nat_decode(s.ptr + i, s.ptr + s.len, &w) == RUNE_ERROR && w == 1)
            break;
        i += w;
    }
    if (i == s.len)
        return s;
    Buf b = { 0 };
    nat_add(&b, s.ptr, i);
    int invalid = 0;            /* the previous byte was part of an invalid sequence */
    while (i < s.len) {
        int w;
        if (nat_decode(s.ptr + i, s.ptr + s.len, &w) == RUNE_ERROR && w == 1) {
            if (!invalid)
                nat_add(&b, repl.ptr, repl.len);
            invalid = 1;
        } else {
            nat_add(&b, s.ptr + i, w);
            invalid = 0;
        }
        i += w;
    }
    return natives_buf_string(g, &b);
}

/* ---- the natives: parameters are read before results are written ---- */

static void Clone(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0);
    ret_str(a, 0, s.len ? rt_string(g, (const char *)s.ptr, (size_t)s.len) : empty);
}

static void Compare(G *g, uint64_t *a)
{
    GoString x = nat_str(a, 0), y = nat_str(a, 2);
    int64_t n = x.len < y.len ? x.len : y.len;
    int c = n ? memcmp(x.ptr, y.ptr, (size_t)n) : 0;
    if (c == 0)
        c = x.len < y.len ? -1 : x.len > y.len;
    a[0] = (uint64_t)(int64_t)(c < 0 ? -1 : c > 0);
}

static void Contains(G *g, uint64_t *a) { a[0] = str_index(nat_str(a, 0), nat_str(a, 2)) >= 0; }
static void ContainsAny(G *g, uint64_t *a) { a[0] = index_any(nat_str(a, 0), nat_str(a, 2)) >= 0; }
static void ContainsRune(G *g, uint64_t *a) { a[0] = contains_rune(nat_str(a, 0), (int32_t)a[2]); }
static void Count(G *g, uint64_t *a) { a[0] = (uint64_t)count(nat_str(a, 0), nat_str(a, 2)); }

/* func Cut(s, sep string) (before, after string, found bool) */
static void Cut(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0), sep = nat_str(a, 2);
    int64_t i = str_index(s, sep);
    if (i >= 0) {
        ret_str(a, 0, substr(s, 0, i));
        ret_str(a, 2, substr(s, i + sep.len, s.len));
    } else {
        ret_str(a, 0, s);
        ret_str(a, 2, empty);
    }
    a[4] = i >= 0;
}

static void EqualFold(G *g, uint64_t *a) { a[0] = (uint64_t)equal_fold(nat_str(a, 0), nat_str(a, 2)); }
static void Fields(G *g, uint64_t *a) { ret_slice(a, 0, fields(g, nat_str(a, 0))); }
static void HasPrefix(G *g, uint64_t *a) { a[0] = (uint64_t)has_prefix(nat_str(a, 0), nat_str(a, 2)); }
static void HasSuffix(G *g, uint64_t *a) { a[0] = (uint64_t)has_suffix(nat_str(a, 0), nat_str(a, 2)); }
static void Index(G *g, uint64_t *a) { a[0] = (uint64_t)str_index(nat_str(a, 0), nat_str(a, 2)); }
static void IndexAny(G *g, uint64_t *a) { a[0] = (uint64_t)index_any(nat_str(a, 0), nat_str(a, 2)); }
static void IndexByte(G *g, uint64_t *a) { a[0] = (uint64_t)index_byte(nat_str(a, 0), (uint8_t)a[2]); }
static void IndexRune(G *g, uint64_t *a) { a[0] = (uint64_t)index_rune(nat_str(a, 0), (int32_t)a[2]); }
static void LastIndex(G *g, uint64_t *a) { a[0] = (uint64_t)str_last_index(nat_str(a, 0), nat_str(a, 2)); }

static void LastIndexAny(G *g, uint64_t *a)
{
    a[0] = (uint64_t)last_index_any(nat_str(a, 0), nat_str(a, 2));
}

static void LastIndexByte(G *g, uint64_t *a)
{
    a[0] = (uint64_t)last_index_byte(nat_str(a, 0), (uint8_t)a[2]);
}

/* func Join(elems []string, sep string) string */
static void Join(G *g, uint64_t *a)
{
    GoSlice e = nat_slice(a, 0);
    GoString sep = nat_str(a, 3);
    const GoString *el = e.ptr;
    if (e.len <= 1) {
        ret_str(a, 0, e.len ? el[0] : empty);
        return;
    }
    Buf b = { 0 };
    for (int64_t i = 0; i < e.len; i++) {
        if (i > 0)
            nat_add(&b, sep.ptr, sep.len);
        nat_add(&b, el[i].ptr, el[i].len);
    }
    ret_str(a, 0, natives_buf_string(g, &b));
}

/* func Repeat(s string, count int) string */
static void Repeat(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0);
    int64_t n = (int64_t)a[2];
    if (n == 0) {
        ret_str(a, 0, empty);
        return;
    }
    if (n < 0)
        rt_panic_string(g, "strings: negative Repeat count");
    int64_t total;
    if (__builtin_mul_overflow(s.len, n, &total))
        rt_panic_string(g, "strings: Repeat count causes overflow");
    if (total == 0) {
        ret_str(a, 0, empty);
        return;
    }
    uint8_t *p = rt_alloc_noscan(g, (size_t)total);
    for (int64_t i = 0; i < n; i++)
        memcpy(p + i * s.len, s.ptr, (size_t)s.len);
    ret_str(a, 0, (GoString){ p, total });
}

/* func Replace(s, old, new string, n int) string */
static void Replace(G *g, uint64_t *a)
{
    ret_str(a, 0, replace(g, nat_str(a, 0), nat_str(a, 2), nat_str(a, 4), (int64_t)a[6]));
}

static void ReplaceAll(G *g, uint64_t *a)
{
    ret_str(a, 0, replace(g, nat_str(a, 0), nat_str(a, 2), nat_str(a, 4), -1));
}

static void Split(G *g, uint64_t *a) { ret_slice(a, 0, gen_split(g, nat_str(a, 0), nat_str(a, 2), 0, -1)); }

static void SplitAfter(G *g, uint64_t *a)
{
    GoString sep = nat_str(a, 2);
    ret_slice(a, 0, gen_split(g, nat_str(a, 0), sep, sep.len, -1));
}

/* func SplitN(s, sep string, n int) []string */
static void SplitN(G *g, uint64_t *a)
{
    ret_slice(a, 0, gen_split(g, nat_str(a, 0), nat_str(a, 2), 0, (int64_t)a[4]));
}

static void SplitAfterN(G *g, uint64_t *a)
{
    GoString sep = nat_str(a, 2);
    ret_slice(a, 0, gen_split(g, nat_str(a, 0), sep, sep.len, (int64_t)a[4]));
}

static void Title(G *g, uint64_t *a)
{
    int32_t prev = ' ';
    ret_str(a, 0, map_runes(g, nat_str(a, 0), map_word_title, &prev));
}

static void ToLower(G *g, uint64_t *a) { ret_str(a, 0, change_case(g, nat_str(a, 0), 0)); }
static void ToUpper(G *g, uint64_t *a) { ret_str(a, 0, change_case(g, nat_str(a, 0), 1)); }
static void ToTitle(G *g, uint64_t *a) { ret_str(a, 0, map_runes(g, nat_str(a, 0), map_title, NULL)); }

static void ToValidUTF8(G *g, uint64_t *a)
{
    ret_str(a, 0, to_valid_utf8(g, nat_str(a, 0), nat_str(a, 2)));
}

static void Trim(G *g, uint64_t *a)
{
    GoString cut = nat_str(a, 2);
    ret_str(a, 0, trim_left(trim_right(nat_str(a, 0), cut), cut));
}

static void TrimLeft(G *g, uint64_t *a) { ret_str(a, 0, trim_left(nat_str(a, 0), nat_str(a, 2))); }
static void TrimRight(G *g, uint64_t *a) { ret_str(a, 0, trim_right(nat_str(a, 0), nat_str(a, 2))); }
static void TrimSpace(G *g, uint64_t *a) { ret_str(a, 0, trim_space(nat_str(a, 0))); }

static void TrimPrefix(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0), p = nat_str(a, 2);
    ret_str(a, 0, has_prefix(s, p) ? substr(s, p.len, s.len) : s);
}

static void TrimSuffix(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0), p = nat_str(a, 2);
    ret_str(a, 0, has_suffix(s, p) ? substr(s, 0, s.len - p.len) : s);
}

/* ---- Builder ---- */

typedef struct Builder {
    struct Builder *addr;   /* the Builder's own address once used: copies panic */
    GoSlice buf;
} Builder;

static Builder *builder(G *g, uint64_t *a)
{
    Builder *b = (Builder *)(uintptr_t)a[0];
    if (!b)
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
    return b;
}

static Builder *copy_check(G *g, uint64_t *a)
{
    Builder *b = builder(g, a);
    if (!b->addr)
        b->addr = b;
    else if (b->addr != b)
        rt_panic_string(g, "strings: illegal use of non-zero Builder copied by value");
    return b;
}

static void builder_String(G *g, uint64_t *a)
{
    Builder *b = builder(g, a);
    ret_str(a, 0, (GoString){ b->buf.ptr, b->buf.len });
}

static void builder_Len(G *g, uint64_t *a) { a[0] = (uint64_t)builder(g, a)->buf.len; }
static void builder_Cap(G *g, uint64_t *a) { a[0] = (uint64_t)builder(g, a)->buf.cap; }

static void builder_Reset(G *g, uint64_t *a)
{
    Builder *b = builder(g, a);
    gc_wb_slot(&b->addr);       /* the write barrier (gc.h): the pointers overwritten */
    gc_wb_slot(&b->buf.ptr);
    b->addr = NULL;
    b->buf = (GoSlice){ NULL, 0, 0 };
}

/* func (b *Builder) Grow(n int): capacity 2*cap+n when short, as Go. */
static void builder_Grow(G *g, uint64_t *a)
{
    int64_t n = (int64_t)a[1];
    Builder *b = copy_check(g, a);
    if (n < 0)
        rt_panic_string(g, "strings.Builder.Grow: negative count");
    if (b->buf.cap - b->buf.len < n) {
        int64_t cap = 2 * b->buf.cap + n;
        uint8_t *p = rt_alloc_noscan(g, (size_t)cap);
        if (b->buf.len)
            memcpy(p, b->buf.ptr, (size_t)b->buf.len);
        gc_wb_slot(&b->buf.ptr);
        b->buf.ptr = p;
        b->buf.cap = cap;
    }
}

static void builder_append(G *g, uint64_t *a, const void *p, int64_t n)
{
    Builder *b = copy_check(g, a);
    GoSlice nb = natives_append(g, b->buf, p, (size_t)n);
    if (nb.ptr != b->buf.ptr)
        gc_wb_slot(&b->buf.ptr);
    b->buf = nb;
}

/* func (b *Builder) Write(p []byte) (int, error) */
static void builder_Write(G *g, uint64_t *a)
{
    GoSlice p = nat_slice(a, 1);
    builder_append(g, a, p.ptr, p.len);
    a[0] = (uint64_t)p.len;
    ret_nil(a, 1);
}

/* func (b *Builder) WriteByte(c byte) error */
static void builder_WriteByte(G *g, uint64_t *a)
{
    uint8_t c = (uint8_t)a[1];
    builder_append(g, a, &c, 1);
    ret_nil(a, 0);
}

/* func (b *Builder) WriteRune(r rune) (int, error) */
static void builder_WriteRune(G *g, uint64_t *a)
{
    char t[UTF8_MAX];
    int32_t r = (int32_t)a[1];
    int n = r >= 0 && r < 0x80 ? (t[0] = (char)r, 1) : utf8_encode(t, (uint32_t)r);
    builder_append(g, a, t, n);
    a[0] = (uint64_t)n;
    ret_nil(a, 1);
}

/* func (b *Builder) WriteString(s string) (int, error) */
static void builder_WriteString(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 1);
    builder_append(g, a, s.ptr, s.len);
    a[0] = (uint64_t)s.len;
    ret_nil(a, 1);
}

/* ---- package bytes: its search functions, which allocate nothing, over
 * the same helpers (a []byte is read as the string of its bytes; Go's
 * bytes and strings versions agree on every input). The rest of bytes is
 * Go source in stdlib/bytes/bytes.go. ---- */

/* The bytes of the []byte parameter at a[i] (three words). */
static GoString nat_bytes(const uint64_t *a, int i)
{
    return (GoString){ (const uint8_t *)(uintptr_t)a[i], (int64_t)a[i + 1] };
}

static void bytes_Compare(G *g, uint64_t *a)
{
    GoString x = nat_bytes(a, 0), y = nat_bytes(a, 3);
    int64_t n = x.len < y.len ? x.len : y.len;
    int c = n ? memcmp(x.ptr, y.ptr, (size_t)n) : 0;
    if (c == 0)
        c = x.len < y.len ? -1 : x.len > y.len;
    a[0] = (uint64_t)(int64_t)(c < 0 ? -1 : c > 0);
}

static void bytes_Equal(G *g, uint64_t *a)
{
    GoString x = nat_bytes(a, 0), y = nat_bytes(a, 3);
    a[0] = x.len == y.len && (x.len == 0 || !memcmp(x.ptr, y.ptr, (size_t)x.len));
}

static void bytes_Count(G *g, uint64_t *a) { a[0] = (uint64_t)count(nat_bytes(a, 0), nat_bytes(a, 3)); }
static void bytes_Index(G *g, uint64_t *a) { a[0] = (uint64_t)str_index(nat_bytes(a, 0), nat_bytes(a, 3)); }
static void bytes_IndexAny(G *g, uint64_t *a) { a[0] = (uint64_t)index_any(nat_bytes(a, 0), nat_str(a, 3)); }
static void bytes_IndexByte(G *g, uint64_t *a) { a[0] = (uint64_t)index_byte(nat_bytes(a, 0), (uint8_t)a[3]); }
static void bytes_IndexRune(G *g, uint64_t *a) { a[0] = (uint64_t)index_rune(nat_bytes(a, 0), (int32_t)a[3]); }

static void bytes_LastIndex(G *g, uint64_t *a)
{
    a[0] = (uint64_t)str_last_index(nat_bytes(a, 0), nat_bytes(a, 3));
}

static void bytes_LastIndexAny(G *g, uint64_t *a)
{
    a[0] = (uint64_t)last_index_any(nat_bytes(a, 0), nat_str(a, 3));
}

static void bytes_LastIndexByte(G *g, uint64_t *a)
{
    a[0] = (uint64_t)last_index_byte(nat_bytes(a, 0), (uint8_t)a[3]);
}

#define N(f) { "strings." #f, f }
#define M(f) { "strings.(*Builder)." #f, builder_##f }

const NativeDef natives_strings[] = {
    N(Clone), N(Compare), N(Contains), N(ContainsAny), N(ContainsRune), N(Count), N(Cut),
    N(EqualFold), N(Fields), N(HasPrefix), N(HasSuffix), N(Index), N(IndexAny), N(IndexByte),
    N(IndexRune), N(Join), N(LastIndex), N(LastIndexAny), N(LastIndexByte), N(Repeat),
    N(Replace), N(ReplaceAll), N(Split), N(SplitAfter), N(SplitAfterN), N(SplitN), N(Title),
    N(ToLower), N(ToTitle), N(ToUpper), N(ToValidUTF8), N(Trim), N(TrimLeft), N(TrimPrefix),
    N(TrimRight), N(TrimSpace), N(TrimSuffix),
    M(Cap), M(Grow), M(Len), M(Reset), M(String), M(Write), M(WriteByte), M(WriteRune),
    M(WriteString),
#define B(f) { "bytes." #f, bytes_##f }
    B(Compare), B(Count), B(Equal), B(Index), B(IndexAny), B(IndexByte), B(IndexRune),
    B(LastIndex), B(LastIndexAny), B(LastIndexByte),
#undef B
    { NULL, NULL },
};
