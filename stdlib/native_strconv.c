/*
 * native_strconv.c — package strconv's natives over runtime/strconv.c.
 *
 * Functions that return an error are Go source in stdlib/strconv/strconv.go
 * (Atoi, ParseInt, ParseUint, ParseFloat, ParseBool, ParseComplex, Unquote,
 * UnquoteChar, QuotedPrefix, NumError's methods); they call the unexported
 * natives below, which return a STRCONV_* error code instead of an error:
 * parseInt, parseUint, parseFloat, parseFloatPrefix, unquote, unquoteChar.
 */
#include "runtime/strconv.h"
#include "stdlib/native.h"

static void check_int_base(G *g, int64_t base)
{
    if (base < 2 || base > 36)
        rt_panic_string(g, "strconv: illegal AppendInt/FormatInt base");
}

static void check_float_bitsize(G *g, int64_t bitsize)
{
    if (bitsize != 32 && bitsize != 64)
        rt_panic_string(g, "strconv: illegal AppendFloat/FormatFloat bitSize");
}

/* func FormatInt(i int64, base int) string */
static void FormatInt(G *g, uint64_t *a)
{
    check_int_base(g, (int64_t)a[1]);
    Buf b = { 0 };
    strconv_fmt_int(&b, (int64_t)a[0], (int)a[1]);
    ret_str(a, 0, natives_buf_string(g, &b));
}

static void FormatUint(G *g, uint64_t *a)
{
    check_int_base(g, (int64_t)a[1]);
    Buf b = { 0 };
    strconv_fmt_uint(&b, a[0], (int)a[1]);
    ret_str(a, 0, natives_buf_string(g, &b));
}

/* func Itoa(i int) string */
static void Itoa(G *g, uint64_t *a)
{
    Buf b = { 0 };
    strconv_fmt_int(&b, (int64_t)a[0], 10);
    ret_str(a, 0, natives_buf_string(g, &b));
}

/* func FormatBool(b bool) string: constant strings need no copy. */
static void FormatBool(G *g, uint64_t *a)
{
    ret_str(a, 0, a[0] ? (GoString){ (const uint8_t *)"true", 4 }
                       : (GoString){ (const uint8_t *)"false", 5 });
}

/* func FormatFloat(f float64, fmt byte, prec, bitSize int) string */
static void FormatFloat(G *g, uint64_t *a)
{
    check_float_bitsize(g, (int64_t)a[3]);
    Buf b = { 0 };
    fmt_ftoa(&b, nat_f64(a, 0), (char)a[1], (int)(int64_t)a[2], (int)a[3]);
    ret_str(a, 0, natives_buf_string(g, &b));
}

/* func FormatComplex(c complex128, fmt byte, prec, bitSize int) string */
static void FormatComplex(G *g, uint64_t *a)
{
    double re = nat_f64(a, 0), im = nat_f64(a, 1);
    char verb = (char)a[2];
    int prec = (int)(int64_t)a[3];
    int64_t bitsize = (int64_t)a[4];
    if (bitsize != 64 && bitsize != 128)
        rt_panic_string(g, "invalid bitSize");
    Buf b = { 0 }, ib = { 0 };
    fmt_ftoa(&ib, im, verb, prec, (int)bitsize / 2);
    buf_putc(&b, '(');
    fmt_ftoa(&b, re, verb, prec, (int)bitsize / 2);
    if (ib.s[0] != '+' && ib.s[0] != '-')
        buf_putc(&b, '+');
    buf_add(&b, ib.s, ib.n);
    buf_puts(&b, "i)");
    buf_free(&ib);
    ret_str(a, 0, natives_buf_string(g, &b));
}

enum { PLAIN, ASCII, GRAPHIC };

static void quote_to(Buf *b, GoString s, int how)
{
    strconv_quote(b, s.ptr, (size_t)s.len, '"', how == ASCII, how == GRAPHIC);
}

static void quote_string(G *g, uint64_t *a, int how)
{
    Buf b = { 0 };
    quote_to(&b, nat_str(a, 0), how);
    ret_str(a, 0, natives_buf_string(g, &b));
}

static void quote_rune(G *g, uint64_t *a, int how)
{
    Buf b = { 0 };
    strconv_quote_rune(&b, (int32_t)a[0], how == ASCII, how == GRAPHIC);
    ret_str(a, 0, natives_buf_string(g, &b));
}

static void Quote(G *g, uint64_t *a) { quote_string(g, a, PLAIN); }
static void QuoteToASCII(G *g, uint64_t *a) { quote_string(g, a, ASCII); }
static void QuoteToGraphic(G *g, uint64_t *a) { quote_string(g, a, GRAPHIC); }
static void QuoteRune(G *g, uint64_t *a) { quote_rune(g, a, PLAIN); }
static void QuoteRuneToASCII(G *g, uint64_t *a) { quote_rune(g, a, ASCII); }
static void QuoteRuneToGraphic(G *g, uint64_t *a) { quote_rune(g, a, GRAPHIC); }

static void CanBackquote(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0);
    a[0] = (uint64_t)strconv_can_backquote(s.ptr, (size_t)s.len);
}

static void IsPrint(G *g, uint64_t *a) { a[0] = (uint64_t)strconv_is_print((int32_t)a[0]); }
static void IsGraphic(G *g, uint64_t *a) { a[0] = (uint64_t)strconv_is_graphic((int32_t)a[0]); }

/* The Append forms: dst is args[0..2], the rest follows. */
static void append_result(G *g, uint64_t *a, GoSlice dst, Buf *b)
{
    ret_slice(a, 0, natives_append(g, dst, b->s, b->n));
    buf_free(b);
}

static void AppendBool(G *g, uint64_t *a)
{
    GoSlice dst = nat_slice(a, 0);
    ret_slice(a, 0, a[3] ? natives_append(g, dst, "true", 4) : natives_append(g, dst, "false", 5));
}

/* func AppendInt(dst []byte, i int64, base int) []byte */
static void AppendInt(G *g, uint64_t *a)
{
    GoSlice dst = nat_slice(a, 0);
    check_int_base(g, (int64_t)a[4]);
    Buf b = { 0 };
    strconv_fmt_int(&b, (int64_t)a[3], (int)a[4]);
    append_result(g, a, dst, &b);
}

static void AppendUint(G *g, uint64_t *a)
{
    GoSlice dst = nat_slice(a, 0);
    check_int_base(g, (int64_t)a[4]);
    Buf b = { 0 };
    strconv_fmt_uint(&b, a[3], (int)a[4]);
    append_result(g, a, dst, &b);
}

/* func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte */
static void AppendFloat(G *g, uint64_t *a)
{
    GoSlice dst = nat_slice(a, 0);
    check_float_bitsize(g, (int64_t)a[6]);
    Buf b = { 0 };
    fmt_ftoa(&b, nat_f64(a, 3), (char)a[4], (int)(int64_t)a[5], (int)a[6]);
    append_result(g, a, dst, &b);
}

static void append_quote(G *g, uint64_t *a, int how)
{
    GoSlice dst = nat_slice(a, 0);
    GoString s = nat_str(a, 3);
    if (dst.cap - dst.len < s.len) {    /* Go preallocates quotes and s exactly */
        int64_t cap = dst.len + 1 + s.len + 1;
        uint8_t *p = rt_alloc_noscan(g, (size_t)cap);
        if (dst.len)
            memcpy(p, dst.ptr, (size_t)dst.len);
        dst = (GoSlice){ p, dst.len, cap };
    }
    Buf b = { 0 };
    quote_to(&b, s, how);
    append_result(g, a, dst, &b);
}

static void append_quote_rune(G *g, uint64_t *a, int how)
{
    GoSlice dst = nat_slice(a, 0);
    Buf b = { 0 };
    strconv_quote_rune(&b, (int32_t)a[3], how == ASCII, how == GRAPHIC);
    append_result(g, a, dst, &b);
}

static void AppendQuote(G *g, uint64_t *a) { append_quote(g, a, PLAIN); }
static void AppendQuoteToASCII(G *g, uint64_t *a) { append_quote(g, a, ASCII); }
static void AppendQuoteToGraphic(G *g, uint64_t *a) { append_quote(g, a, GRAPHIC); }
static void AppendQuoteRune(G *g, uint64_t *a) { append_quote_rune(g, a, PLAIN); }
static void AppendQuoteRuneToASCII(G *g, uint64_t *a) { append_quote_rune(g, a, ASCII); }
static void AppendQuoteRuneToGraphic(G *g, uint64_t *a) { append_quote_rune(g, a, GRAPHIC); }

/* func parseInt(s string, base int, bitSize int) (int64, int) */
static void parseInt(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0);
    int64_t v;
    int code = strconv_parse_int(s.ptr, (size_t)s.len, (int64_t)a[2], (int64_t)a[3], &v);
    a[0] = (uint64_t)v;
    a[1] = (uint64_t)code;
}

/* func parseUint(s string, base int, bitSize int) (uint64, int) */
static void parseUint(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0);
    uint64_t v;
    int code = strconv_parse_uint(s.ptr, (size_t)s.len, (int64_t)a[2], (int64_t)a[3], &v);
    a[0] = v;
    a[1] = (uint64_t)code;
}

/* func parseFloat(s string, bitSize int) (float64, int) */
static void parseFloat(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0);
    double v;
    int code = strconv_parse_float(s.ptr, (size_t)s.len, (int64_t)a[2], &v);
    ret_f64(a, 0, v);
    a[1] = (uint64_t)code;
}

/* func parseFloatPrefix(s string, bitSize int) (f float64, n int, code int) */
static void parseFloatPrefix(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0);
    double v;
    size_t used;
    int code = strconv_parse_float_prefix(s.ptr, (size_t)s.len, (int64_t)a[2], &v, &used);
    ret_f64(a, 0, v);
    a[1] = used;
    a[2] = (uint64_t)code;
}

/* func unquote(in string, unescape bool) (out string, n int, ok bool) */
static void unquote(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0);
    Buf b = { 0 };
    size_t used;
    int code = strconv_unquote(s.ptr, (size_t)s.len, (int)a[2], &b, &used);
    if (code) {
        buf_free(&b);
        ret_str(a, 0, (GoString){ NULL, 0 });
    } else {
        ret_str(a, 0, natives_buf_string(g, &b));
    }
    a[2] = code ? 0 : used;
    a[3] = code == STRCONV_OK;
}

/* func unquoteChar(s string, quote byte) (value rune, multibyte bool, n int, ok bool) */
static void unquoteChar(G *g, uint64_t *a)
{
    GoString s = nat_str(a, 0);
    int32_t v;
    int mb;
    size_t used;
    int code = strconv_unquote_char(s.ptr, (size_t)s.len, (uint8_t)a[2], &v, &mb, &used);
    a[0] = (uint64_t)(int64_t)(code ? 0 : v);
    a[1] = (uint64_t)(code ? 0 : mb);
    a[2] = code ? 0 : used;
    a[3] = code == STRCONV_OK;
}

#define N(f) { "strconv." #f, f }

const NativeDef natives_strconv[] = {
    N(AppendBool), N(AppendFloat), N(AppendInt), N(AppendQuote), N(AppendQuoteRune),
    N(AppendQuoteRuneToASCII), N(AppendQuoteRuneToGraphic), N(AppendQuoteToASCII),
    N(AppendQuoteToGraphic), N(AppendUint), N(CanBackquote), N(FormatBool),
    N(FormatComplex), N(FormatFloat), N(FormatInt), N(FormatUint), N(IsGraphic), N(IsPrint),
    N(Itoa), N(Quote), N(QuoteRune), N(QuoteRuneToASCII), N(QuoteRuneToGraphic),
    N(QuoteToASCII), N(QuoteToGraphic),
    N(parseFloat), N(parseFloatPrefix), N(parseInt), N(parseUint), N(unquote), N(unquoteChar),
    { NULL, NULL },
};
