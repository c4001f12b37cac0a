/*
 * strconv.c — Go's strconv in C: float formatting and parsing, integer
 * formatting and parsing, quoting and unquoting, with Go 1.19's exact output
 * and error kinds.
 *
 * Floats. Go formats from a decimal digit string (digits d[0..nd) without
 * trailing zeros, decimal point at dp: value = 0.d × 10^dp) and so does this
 * file; formatDigits, fmtE, fmtF, fmtB and fmtX are ports of ftoa.go. The
 * digits come from the C library, which is exact on glibc: printf("%.*e")
 * and printf("%.*f") round the exact binary value half-to-even as Go's ryu
 * and multiprecision paths do, and strtod/strtof round correctly as Go's
 * ParseFloat does. Shortest digits (prec < 0) are the fewest that read back
 * to the same float, and among those the closest, as Go's ryuFtoaShortest:
 * at each length the correctly rounded candidate is tried, then the one on
 * the other side of the value (needed where the rounding interval is
 * lopsided, at powers of two).
 *
 * golite never calls setlocale, so the C library runs in the "C" locale;
 * even so, digits are read from printf's output without relying on the
 * decimal point character, and strtod is only given integer mantissas with
 * an exponent, or text checked by Go's own grammar first.
 */
#include "runtime/strconv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/utf8.h"
#include "runtime/unicode.h"

static const char lowerhex[] = "0123456789abcdef";
static const char upperhex[] = "0123456789ABCDEF";

/* ---- float formatting ---- */

/* A decimal: value = 0.d[0]d[1]... × 10^dp; d has no trailing zeros and
 * nd == 0 means zero. d points at small or at malloc'd memory. */
typedef struct Decimal {
    char *d;
    int nd, dp;
    char small[48];
} Decimal;

static void dec_init(Decimal *x, size_t need)
{
    x->d = need <= sizeof x->small ? x->small : malloc(need);
    x->nd = x->dp = 0;
}

static void dec_free(Decimal *x)
{
    if (x->d != x->small)
        free(x->d);
}

/* Sets x from the digit string m (leading digit nonzero unless m is all
 * zeros) meaning m × 10^scale. */
static void dec_set(Decimal *x, const char *m, int len, int scale)
{
    int z = 0;
    while (z < len && m[z] == '0')
        z++;
    m += z, len -= z;
    while (len > 0 && m[len - 1] == '0')
        len--, scale++;
    if (len == 0) {
        x->nd = x->dp = 0;
        return;
    }
    memmove(x->d, m, (size_t)len);
    x->nd = len;
    x->dp = len + scale;
}

/* Reads printf's "%.*e" output: the digits (all of them) and the exponent. */
static int read_e(const char *s, char *digits, int *exp10)
{
    int n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digits[n++] = *s;
    *exp10 = *s ? atoi(s + 1) : 0;
    return n;
}

static char *format_alloc(const char *f, int prec, double a)
{
    int len = snprintf(NULL, 0, f, prec, a);
    char *s = malloc((size_t)len + 1);
    snprintf(s, (size_t)len + 1, f, prec, a);
    return s;
}

/* Correctly rounded to ndig significant digits (a > 0). */
static void fixed_e(Decimal *x, double a, int ndig)
{
    char *s = format_alloc("%.*e", ndig - 1, a);
    dec_init(x, strlen(s) + 2);
    int e;
    int n = read_e(s, s, &e);
    dec_set(x, s, n, e - (n - 1));
    free(s);
}

/* Correctly rounded to prec digits after the decimal point (a >= 0). */
static void fixed_f(Decimal *x, double a, int prec)
{
    char *s = format_alloc("%.*f", prec, a);
    dec_init(x, strlen(s) + 2);
    int n = 0, intlen = -1;
    for (const char *p = s; *p; p++) {
        if (*p >= '0' && *p <= '9')
            s[n++] = *p;
        else if (intlen < 0)
            intlen = n;
    }
    if (intlen < 0)
        intlen = n;
    dec_set(x, s, n, intlen - n);
    free(s);
}

/* Does m × 10^scale read back as a (at the given float size)? */
static int reads_back(const char *m, int len, int scale, double a, int bitsize)
{
    char s[64];
    memcpy(s, m, (size_t)len);
    snprintf(s + len, sizeof s - (size_t)len, "e%d", scale);
    if (bitsize == 32)
        return strtof(s, NULL) == (float)a;
    return strtod(s, NULL) == a;
}

/* Tries the ndig-digit decimals next to a; sets x and returns 1 on success. */
static int shortest_at(Decimal *x, double a, int bitsize, int ndig)
{
    char buf[64], m[32];
    int e;
    snprintf(buf, sizeof buf, "%.*e", ndig - 1, a);
    int n = read_e(buf, m, &e);
    int scale = e - (n - 1);
    if (reads_back(m, n, scale, a, bitsize)) {
        dec_set(x, m, n, scale);
        return 1;
    }
    char up[32], down[32];
    memcpy(up, m, (size_t)n);
    memcpy(down, m, (size_t)n);
    int i = n - 1;
    while (i >= 0 && up[i] == '9')
        up[i--] = '0';
    int upscale = scale;
    if (i >= 0) {
        up[i]++;
    } else {                    /* 99..9 + 1 = 100..0: one digit more */
        up[0] = '1';
        upscale++;
    }
    if (reads_back(up, n, upscale, a, bitsize)) {
        dec_set(x, up, n, upscale);
        return 1;
    }
    int downscale = scale;
    i = n - 1;
    while (i >= 0 && down[i] == '0')
        down[i--] = '9';
    if (i == 0 && down[0] == '1') { /* 10..0 - 1 = 99..9 at the next scale down */
        memset(down, '9', (size_t)n);
        downscale--;
    } else {
        down[i]--;
    }
    if (reads_back(down, n, downscale, a, bitsize)) {
        dec_set(x, down, n, downscale);
        return 1;
    }
    return 0;
}

static void shortest(Decimal *x, double a, int bitsize)
{
    dec_init(x, 32);
    if (a == 0)
        return;
    int maxdig = bitsize == 32 ? 9 : 17;
    /* Fifteen digits decide whether the answer is short: if no 15-digit
     * decimal reads back, no shorter one does. */
    int from = 1;
    if (bitsize == 64) {
        if (shortest_at(x, a, bitsize, 15))
            maxdig = 15;
        else
            from = 16;
    }
    for (int nd = from; nd <= maxdig; nd++)
        if (shortest_at(x, a, bitsize, nd))
            return;
}

static void put_exp_digits(Buf *b, int exp)
{
    char t[8];
    int n = 0;
    if (exp < 10) {
        t[n++] = '0';
        t[n++] = (char)('0' + exp);
    } else if (exp < 100) {
        t[n++] = (char)('0' + exp / 10);
        t[n++] = (char)('0' + exp % 10);
    } else {
        t[n++] = (char)('0' + exp / 100);
        t[n++] = (char)('0' + exp / 10 % 10);
        t[n++] = (char)('0' + exp % 10);
    }
    buf_add(b, t, (size_t)n);
}

/* %e: -d.ddddde±dd */
static void fmt_e(Buf *b, int neg, const Decimal *d, int prec, char fmt)
{
    if (neg)
        buf_putc(b, '-');
    buf_putc(b, d->nd ? d->d[0] : '0');
    if (prec > 0) {
        buf_putc(b, '.');
        int i = 1;
        int m = d->nd < prec + 1 ? d->nd : prec + 1;
        if (i < m) {
            buf_add(b, d->d + i, (size_t)(m - i));
            i = m;
        }
        for (; i <= prec; i++)
            buf_putc(b, '0');
    }
    buf_putc(b, fmt);
    int exp = d->nd == 0 ? 0 : d->dp - 1;
    buf_putc(b, exp < 0 ? '-' : '+');
    put_exp_digits(b, exp < 0 ? -exp : exp);
}

/* %f: -ddddddd.ddddd */
static void fmt_f(Buf *b, int neg, const Decimal *d, int prec)
{
    if (neg)
        buf_putc(b, '-');
    if (d->dp > 0) {
        int m = d->nd < d->dp ? d->nd : d->dp;
        buf_add(b, d->d, (size_t)m);
        for (; m < d->dp; m++)
            buf_putc(b, '0');
    } else {
        buf_putc(b, '0');
    }
    if (prec > 0) {
        buf_putc(b, '.');
        for (int i = 0; i < prec; i++) {
            int j = d->dp + i;
            buf_putc(b, j >= 0 && j < d->nd ? d->d[j] : '0');
        }
    }
}

static void format_digits(Buf *b, int is_shortest, int neg, const Decimal *d, int prec, char fmt)
{
    switch (fmt) {
    case 'e': case 'E':
        fmt_e(b, neg, d, prec, fmt);
        return;
    case 'f':
        fmt_f(b, neg, d, prec);
        return;
    case 'g': case 'G': {
        int eprec = prec;
        if (eprec > d->nd && d->nd >= d->dp)
            eprec = d->nd;
        if (is_shortest)        /* %e is used if the exponent is < -4 or >= 6 */
            eprec = 6;
        int exp = d->dp - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > d->nd)
                prec = d->nd;
            fmt_e(b, neg, d, prec - 1, (char)(fmt + 'e' - 'g'));
            return;
        }
        if (prec > d->dp)
            prec = d->nd;
        fmt_f(b, neg, d, prec - d->dp > 0 ? prec - d->dp : 0);
        return;
    }
    }
    buf_putc(b, '%');
    buf_putc(b, fmt);
}

/* %b: -ddddddddp±ddd */
static void fmt_bin(Buf *b, int neg, uint64_t mant, int exp, int mantbits)
{
    if (neg)
        buf_putc(b, '-');
    buf_printf(b, "%llup%s%d", (unsigned long long)mant, exp - mantbits >= 0 ? "+" : "",
               exp - mantbits);
}

/* %x: -0x1.yyyyyyyyp±ddd or -0x0p+0 */
static void fmt_hex(Buf *b, int prec, char fmt, int neg, uint64_t mant, int exp, int mantbits)
{
    if (mant == 0)
        exp = 0;
    mant <<= 60 - mantbits;     /* leading 1 (if any) at bit 60 */
    while (mant != 0 && (mant & (1ULL << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & ((1ULL << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (1ULL << 59))
            mant++;
        mant <<= 60 - shift;
        if (mant & (1ULL << 61)) {  /* wrapped around */
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? upperhex : lowerhex;
    if (neg)
        buf_putc(b, '-');
    buf_putc(b, '0');
    buf_putc(b, fmt);
    buf_putc(b, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;                 /* drop the leading 0 or 1 */
    if (prec < 0 && mant != 0) {
        buf_putc(b, '.');
        for (; mant != 0; mant <<= 4)
            buf_putc(b, hex[(mant >> 60) & 15]);
    } else if (prec > 0) {
        buf_putc(b, '.');
        for (int i = 0; i < prec; i++, mant <<= 4)
            buf_putc(b, hex[(mant >> 60) & 15]);
    }
    buf_putc(b, fmt == 'X' ? 'P' : 'p');
    buf_putc(b, exp < 0 ? '-' : '+');
    if (exp < 0)
        exp = -exp;
    buf_printf(b, "%02d", exp);
}

void fmt_ftoa(Buf *b, double v, char fmt, int prec, int bitsize)
{
    uint64_t bits, mant;
    int mantbits, expbits, bias, neg, exp;
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t u;
        memcpy(&u, &f, 4);
        bits = u, mantbits = 23, expbits = 8, bias = -127;
        v = f;
    } else {
        memcpy(&bits, &v, 8);
        mantbits = 52, expbits = 11, bias = -1023;
    }
    neg = (int)(bits >> (expbits + mantbits));
    exp = (int)(bits >> mantbits) & ((1 << expbits) - 1);
    mant = bits & ((1ULL << mantbits) - 1);
    if (exp == (1 << expbits) - 1) {
        buf_puts(b, mant ? "NaN" : neg ? "-Inf" : "+Inf");
        return;
    }
    if (exp == 0)
        exp++;                  /* denormal */
    else
        mant |= 1ULL << mantbits;
    exp += bias;
    if (fmt == 'b') {
        fmt_bin(b, neg, mant, exp, mantbits);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        fmt_hex(b, prec, fmt, neg, mant, exp, mantbits);
        return;
    }

    double a = fabs(v);
    Decimal d;
    int is_shortest = prec < 0;
    if (is_shortest) {
        shortest(&d, a, bitsize);
        switch (fmt) {
        case 'e': case 'E': prec = d.nd - 1 > 0 ? d.nd - 1 : 0; break;
        case 'f': prec = d.nd - d.dp > 0 ? d.nd - d.dp : 0; break;
        case 'g': case 'G': prec = d.nd; break;
        }
    } else if (fmt == 'f') {
        fixed_f(&d, a, prec);
    } else {
        int digits = 1;
        switch (fmt) {
        case 'e': case 'E': digits = prec + 1; break;
        case 'g': case 'G':
            if (prec == 0)
                prec = 1;
            digits = prec;
            break;
        }
        if (a == 0)
            dec_init(&d, 1);
        else
            fixed_e(&d, a, digits);
    }
    format_digits(b, is_shortest, neg, &d, prec, fmt);
    dec_free(&d);
}

/* ---- integers ---- */

void strconv_fmt_uint(Buf *b, uint64_t v, int base)
{
    char t[65];
    int i = sizeof t;
    do {
        t[--i] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % (unsigned)base];
        v /= (unsigned)base;
    } while (v);
    buf_add(b, t + i, sizeof t - (size_t)i);
}

void strconv_fmt_int(Buf *b, int64_t v, int base)
{
    if (v < 0) {
        buf_putc(b, '-');
        strconv_fmt_uint(b, -(uint64_t)v, base);
    } else {
        strconv_fmt_uint(b, (uint64_t)v, base);
    }
}

static uint8_t lower(uint8_t c) { return c | ('x' - 'X'); }

/* underscoreOK: underscores only between digits or after a base prefix. */
static int underscore_ok(const uint8_t *s, size_t n)
{
    char saw = '^';
    size_t i = 0;
    int hex = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+'))
        s++, n--;
    if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        if ((s[i] >= '0' && s[i] <= '9') || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0')
                return 0;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return 0;
        saw = '!';
    }
    return saw != '_';
}

int strconv_parse_uint(const uint8_t *s, size_t n, int64_t base, int64_t bitsize, uint64_t *out)
{
    const uint8_t *s0 = s;
    size_t n0 = n;
    int base0 = base == 0;
    *out = 0;
    if (n == 0)
        return STRCONV_ESYNTAX;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && lower(s[1]) == 'b')
                base = 2, s += 2, n -= 2;
            else if (n >= 3 && lower(s[1]) == 'o')
                base = 8, s += 2, n -= 2;
            else if (n >= 3 && lower(s[1]) == 'x')
                base = 16, s += 2, n -= 2;
            else
                base = 8, s += 1, n -= 1;
        }
    } else if (base < 2 || base > 36) {
        return STRCONV_EBASE;
    }
    if (bitsize == 0)
        bitsize = 64;
    else if (bitsize < 0 || bitsize > 64)
        return STRCONV_EBITSIZE;

    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t maxval = bitsize == 64 ? UINT64_MAX : (1ULL << bitsize) - 1;
    int underscores = 0;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i], d;
        if (c == '_' && base0) {
            underscores = 1;
            continue;
        } else if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (lower(c) >= 'a' && lower(c) <= 'z') {
            d = lower(c) - 'a' + 10;
        } else {
            return STRCONV_ESYNTAX;
        }
        if (d >= base)
            return STRCONV_ESYNTAX;
        if (v >= cutoff) {
            *out = maxval;
            return STRCONV_ERANGE;
        }
        v *= (uint64_t)base;
        uint64_t v1 = v + d;
        if (v1 < v || v1 > maxval) {
            *out = maxval;
            return STRCONV_ERANGE;
        }
        v = v1;
    }
    if (underscores && !underscore_ok(s0, n0))
        return STRCONV_ESYNTAX;
    *out = v;
    return STRCONV_OK;
}

int strconv_parse_int(const uint8_t *s, size_t n, int64_t base, int64_t bitsize, int64_t *out)
{
    int neg = 0;
    uint64_t un;
    *out = 0;
    if (n == 0)
        return STRCONV_ESYNTAX;
    if (s[0] == '+' || s[0] == '-') {
        neg = s[0] == '-';
        s++, n--;
    }
    int code = strconv_parse_uint(s, n, base, bitsize, &un);
    if (code != STRCONV_OK && code != STRCONV_ERANGE)
        return code;
    if (bitsize == 0)
        bitsize = 64;
    uint64_t cutoff = 1ULL << (bitsize - 1);
    if (!neg && un >= cutoff) {
        *out = (int64_t)(cutoff - 1);
        return STRCONV_ERANGE;
    }
    if (neg && un > cutoff) {
        *out = -(int64_t)(cutoff - 1) - 1;
        return STRCONV_ERANGE;
    }
    *out = neg ? (int64_t)(0 - un) : (int64_t)un;
    return STRCONV_OK;
}

/* ---- float parsing ---- */

static size_t prefix_ignore_case(const uint8_t *s, size_t n, const char *prefix)
{
    size_t i = 0;
    for (; i < n && prefix[i]; i++) {
        uint8_t c = s[i];
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        if (c != (uint8_t)prefix[i])
            break;
    }
    return i;
}

/* Go's special(): inf, infinity (signed) and nan, any case, as a prefix. */
static int special(const uint8_t *s, size_t n, double *f, size_t *used)
{
    if (n == 0)
        return 0;
    size_t nsign = 0;
    int sign = 1;
    if (s[0] == '+' || s[0] == '-') {
        sign = s[0] == '-' ? -1 : 1;
        nsign = 1;
    } else if (s[0] == 'n' || s[0] == 'N') {
        if (prefix_ignore_case(s, n, "nan") == 3) {
            uint64_t bits = 0x7FF8000000000001ULL;  /* math.NaN() */
            memcpy(f, &bits, 8);
            *used = 3;
            return 1;
        }
        return 0;
    } else if (s[0] != 'i' && s[0] != 'I') {
        return 0;
    }
    size_t k = prefix_ignore_case(s + nsign, n - nsign, "infinity");
    if (k > 3 && k < 8)
        k = 3;
    if (k != 3 && k != 8)
        return 0;
    *f = sign * INFINITY;
    *used = nsign + k;
    return 1;
}

/* Go's readFloat as a recogniser: the length of the float literal at the
 * start of s, or 0 when there is none. */
static size_t read_float(const uint8_t *s, size_t n)
{
    size_t i = 0;
    int underscores = 0, hex = 0, sawdot = 0, sawdigits = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    if (i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x') {
        hex = 1;
        i += 2;
    }
    for (; i < n; i++) {
        uint8_t c = s[i];
        if (c == '_') {
            underscores = 1;
        } else if (c == '.') {
            if (sawdot)
                break;
            sawdot = 1;
        } else if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            sawdigits = 1;
        } else {
            break;
        }
    }
    if (!sawdigits)
        return 0;
    if (i < n && lower(s[i]) == (hex ? 'p' : 'e')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        if (i >= n || s[i] < '0' || s[i] > '9')
            return 0;
        for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
            if (s[i] == '_')
                underscores = 1;
    } else if (hex) {
        return 0;               /* a hex mantissa requires a 'p' exponent */
    }
    if (underscores && !underscore_ok(s, i))
        return 0;
    return i;
}

int strconv_parse_float_prefix(const uint8_t *s, size_t n, int64_t bitsize, double *out,
                               size_t *used)
{
    *out = 0;
    if (special(s, n, out, used)) {
        if (bitsize == 32)
            *out = (float)*out;
        return STRCONV_OK;
    }
    *used = read_float(s, n);
    if (*used == 0)
        return STRCONV_ESYNTAX;
    char small[64], *t = *used < sizeof small ? small : malloc(*used + 1);
    size_t k = 0;
    for (size_t i = 0; i < *used; i++)
        if (s[i] != '_')
            t[k++] = (char)s[i];
    t[k] = 0;
    double v = bitsize == 32 ? (double)strtof(t, NULL) : strtod(t, NULL);
    if (t != small)
        free(t);
    *out = v;
    return isinf(v) ? STRCONV_ERANGE : STRCONV_OK;
}

int strconv_parse_float(const uint8_t *s, size_t n, int64_t bitsize, double *out)
{
    size_t used;
    int code = strconv_parse_float_prefix(s, n, bitsize, out, &used);
    if (used != n && code != STRCONV_ESYNTAX)
        code = STRCONV_ESYNTAX;
    if (code == STRCONV_ESYNTAX)
        *out = 0;
    return code;
}

/* ---- quoting ---- */

static const uint16_t graphic_only_list[] = {
    0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
    0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000,
};

static int in_graphic_list(int32_t r)
{
    for (size_t i = 0; i < sizeof graphic_only_list / sizeof graphic_only_list[0]; i++)
        if (graphic_only_list[i] == r)
            return 1;
    return 0;
}

int strconv_is_print(int32_t r)
{
    if (r <= 0xFF) {
        if (r >= 0x20 && r <= 0x7E)
            return 1;
        if (r >= 0xA1 && r <= 0xFF)
            return r != 0xAD;
        return 0;
    }
    return uni_is(r, UNI_PRINT);
}

int strconv_is_graphic(int32_t r)
{
    return strconv_is_print(r) || in_graphic_list(r);
}

static int valid_rune(int32_t r)
{
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
}

static void escaped_rune(Buf *b, int32_t r, uint8_t quote, int ascii_only, int graphic_only)
{
    char tmp[UTF8_MAX];
    if (r == quote || r == '\\') {
        buf_putc(b, '\\');
        buf_putc(b, (char)r);
        return;
    }
    if (ascii_only) {
        if (r < 0x80 && strconv_is_print(r)) {
            buf_putc(b, (char)r);
            return;
        }
    } else if (strconv_is_print(r) || (graphic_only && in_graphic_list(r))) {
        buf_add(b, tmp, (size_t)utf8_encode(tmp, (uint32_t)r));
        return;
    }
    switch (r) {
    case '\a': buf_puts(b, "\\a"); return;
    case '\b': buf_puts(b, "\\b"); return;
    case '\f': buf_puts(b, "\\f"); return;
    case '\n': buf_puts(b, "\\n"); return;
    case '\r': buf_puts(b, "\\r"); return;
    case '\t': buf_puts(b, "\\t"); return;
    case '\v': buf_puts(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7f) {
        buf_puts(b, "\\x");
        buf_putc(b, lowerhex[(r >> 4) & 0xF]);
        buf_putc(b, lowerhex[r & 0xF]);
        return;
    }
    if (!valid_rune(r))
        r = 0xFFFD;
    if (r < 0x10000) {
        buf_puts(b, "\\u");
        for (int s = 12; s >= 0; s -= 4)
            buf_putc(b, lowerhex[(r >> s) & 0xF]);
    } else {
        buf_puts(b, "\\U");
        for (int s = 28; s >= 0; s -= 4)
            buf_putc(b, lowerhex[(r >> s) & 0xF]);
    }
}

void strconv_quote(Buf *b, const uint8_t *s, size_t n, uint8_t quote, int ascii_only,
                   int graphic_only)
{
    buf_putc(b, (char)quote);
    for (size_t i = 0; i < n;) {
        int width = 1;
        int32_t r = s[i];
        if (r >= 0x80)
            r = utf8_decode(s + i, s + n, &width);
        if (width == 1 && r == RUNE_ERROR) {
            buf_puts(b, "\\x");
            buf_putc(b, lowerhex[s[i] >> 4]);
            buf_putc(b, lowerhex[s[i] & 0xF]);
        } else {
            escaped_rune(b, r, quote, ascii_only, graphic_only);
        }
        i += (size_t)width;
    }
    buf_putc(b, (char)quote);
}

void strconv_quote_rune(Buf *b, int32_t r, int ascii_only, int graphic_only)
{
    buf_putc(b, '\'');
    escaped_rune(b, valid_rune(r) ? r : 0xFFFD, '\'', ascii_only, graphic_only);
    buf_putc(b, '\'');
}

int strconv_can_backquote(const uint8_t *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int w = 1;
        int32_t r = s[i] < 0x80 ? s[i] : utf8_decode(s + i, s + n, &w);
        i += (size_t)w;
        if (w > 1) {
            if (r == 0xFEFF)
                return 0;       /* BOMs are invisible */
            continue;
        }
        if (r == RUNE_ERROR)
            return 0;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
            return 0;
    }
    return 1;
}

/* ---- unquoting ---- */

static int unhex(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int strconv_unquote_char(const uint8_t *s, size_t n, uint8_t quote, int32_t *value,
                         int *multibyte, size_t *used)
{
    *value = 0;
    *multibyte = 0;
    *used = 0;
    if (n == 0)
        return STRCONV_ESYNTAX;
    uint8_t c = s[0];
    if (c == quote && (quote == '\'' || quote == '"'))
        return STRCONV_ESYNTAX;
    if (c >= 0x80) {
        int w;
        *value = utf8_decode(s, s + n, &w);
        *multibyte = 1;
        *used = (size_t)w;
        return STRCONV_OK;
    }
    if (c != '\\') {
        *value = c;
        *used = 1;
        return STRCONV_OK;
    }
    if (n <= 1)
        return STRCONV_ESYNTAX;
    c = s[1];
    size_t i = 2;
    int32_t v = 0;
    switch (c) {
    case 'a': v = '\a'; break;
    case 'b': v = '\b'; break;
    case 'f': v = '\f'; break;
    case 'n': v = '\n'; break;
    case 'r': v = '\r'; break;
    case 't': v = '\t'; break;
    case 'v': v = '\v'; break;
    case 'x': case 'u': case 'U': {
        size_t k = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (n - i < k)
            return STRCONV_ESYNTAX;
        for (size_t j = 0; j < k; j++) {
            int x = unhex(s[i + j]);
            if (x < 0)
                return STRCONV_ESYNTAX;
            v = (int32_t)((uint32_t)v << 4 | (uint32_t)x);
        }
        i += k;
        if (c != 'x') {
            if (!valid_rune(v))
                return STRCONV_ESYNTAX;
            *multibyte = 1;
        }
        break;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        v = c - '0';
        if (n - i < 2)
            return STRCONV_ESYNTAX;
        for (size_t j = 0; j < 2; j++) {
            int x = s[i + j] - '0';
            if (x < 0 || x > 7)
                return STRCONV_ESYNTAX;
            v = v << 3 | x;
        }
        i += 2;
        if (v > 255)
            return STRCONV_ESYNTAX;
        break;
    case '\\':
        v = '\\';
        break;
    case '\'': case '"':
        if (c != quote)
            return STRCONV_ESYNTAX;
        v = c;
        break;
    default:
        return STRCONV_ESYNTAX;
    }
    *value = v;
    *used = i;
    return STRCONV_OK;
}

static int valid_utf8(const uint8_t *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int w = 1;
        if (s[i] >= 0x80 && utf8_decode(s + i, s + n, &w) == RUNE_ERROR && w == 1)
            return 0;
        i += (size_t)w;
    }
    return 1;
}

static const uint8_t *find_byte(const uint8_t *s, size_t n, uint8_t c)
{
    return n ? memchr(s, c, n) : NULL;
}

static int unquote_raw(const uint8_t *s, size_t end, int unescape, Buf *out)
{
    if (!unescape) {
        buf_add(out, (const char *)s, end);
        return STRCONV_OK;
    }
    for (size_t i = 1; i < end - 1; i++)   /* \r is dropped from raw strings */
        if (s[i] != '\r')
            buf_putc(out, (char)s[i]);
    return STRCONV_OK;
}

int strconv_unquote(const uint8_t *s, size_t n, int unescape, Buf *out, size_t *used)
{
    *used = 0;
    if (n < 2)
        return STRCONV_ESYNTAX;
    uint8_t quote = s[0];
    const uint8_t *close = find_byte(s + 1, n - 1, quote);
    if (!close)
        return STRCONV_ESYNTAX;
    size_t end = (size_t)(close - s) + 1;   /* after the first closing quote */
    if (quote == '`') {
        *used = end;
        return unquote_raw(s, end, unescape, out);
    }
    if (quote != '"' && quote != '\'')
        return STRCONV_ESYNTAX;
    if (!find_byte(s, end, '\\') && !find_byte(s, end, '\n')) {
        int valid;
        if (quote == '"') {
            valid = valid_utf8(s + 1, end - 2);
        } else {
            int w = 0;
            int32_t r = end > 2 ? utf8_decode(s + 1, s + end - 1, &w) : RUNE_ERROR;
            valid = (size_t)(2 + w) == end && (r != RUNE_ERROR || w != 1);
        }
        if (valid) {
            if (unescape)
                buf_add(out, (const char *)s + 1, end - 2);
            else
                buf_add(out, (const char *)s, end);
            *used = end;
            return STRCONV_OK;
        }
    }
    size_t i = 1;
    while (i < n && s[i] != quote) {
        int32_t r;
        int multibyte;
        size_t k;
        if (s[i] == '\n' || strconv_unquote_char(s + i, n - i, quote, &r, &multibyte, &k))
            return STRCONV_ESYNTAX;
        i += k;
        if (unescape) {
            if (r < 0x80 || !multibyte) {
                buf_putc(out, (char)r);
            } else {
                char tmp[UTF8_MAX];
                buf_add(out, tmp, (size_t)utf8_encode(tmp, (uint32_t)r));
            }
        }
        if (quote == '\'')
            break;
    }
    if (!(i < n && s[i] == quote))
        return STRCONV_ESYNTAX;
    i++;
    if (!unescape)
        buf_add(out, (const char *)s, i);
    *used = i;
    return STRCONV_OK;
}
