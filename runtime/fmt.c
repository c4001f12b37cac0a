/*
 * fmt.c — Go's fmt printing engine (print.go and format.go of Go 1.19,
 * ported function by function) over run-time type descriptors instead of
 * reflect.
 *
 * A Printer is Go's pp with its embedded fmt: the output Buf, the flags,
 * width and precision of the verb being formatted, and the operand being
 * printed (for the %!verb(type=value) reports). A value is a descriptor and
 * a pointer to its memory image (Val); an interface's operand is unpacked to
 * its dynamic type first.
 *
 * Methods. As in Go, Error() and then String() are used for the verbs
 * v s x X q, GoString() for %#v, on the operands and on nested values that
 * reflect could Interface(): not on values reached through an unexported
 * struct field (the "ro" argument below). A method is called through
 * rt_call_string_method with the value's interface data word: the value
 * itself for RT_DIRECT kinds, otherwise a pointer to the value. Go prints
 * %!v(PANIC=String method: ...) when such a method panics, or <nil> for a
 * nil receiver; that needs fmt_catch_call (fmt.h). Without it a panic
 * propagates, except that a nil pointer whose method has a value receiver
 * prints <nil> uncalled (such a method always panics). Format methods
 * (fmt.Formatter) are not called.
 */
#include "runtime/fmt.h"
#include "runtime/map.h"

#include <stdlib.h>
#include <string.h>

#include "lexer/utf8.h"
#include "runtime/strconv.h"

FmtCatchCall fmt_catch_call;

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

typedef struct Val {
    const RType *t;         /* NULL: no value (a nil interface) */
    const void *p;          /* the value's memory image */
} Val;

typedef struct Flags {
    uint8_t wid_present, prec_present;
    uint8_t minus, plus, sharp, space, zero;
    uint8_t plus_v, sharp_v;    /* %+v and %#v: plus and sharp cleared */
} Flags;

typedef struct Printer {
    G *g;
    Buf *buf;
    Flags f;
    int wid, prec;
    Val value;              /* operand being printed, for bad-verb reports */
    int erroring;           /* printing a bad-verb report: no methods */
    int panicking;          /* printing a method's panic value */
    int reordered, good_argnum;
    int wrap_errs;          /* Errorf: %w allowed */
    GoEface wrapped;        /* Errorf: the %w operand */
} Printer;

static void print_value(Printer *p, Val v, int32_t verb, int depth, int ro);
static void print_arg(Printer *p, const GoEface *arg, int32_t verb);

/* ---- the raw formatter (format.go) ---- */

static void put(Printer *p, const char *s, size_t n)
{
    if (n)                      /* an empty Go string's pointer may be NULL */
        buf_add(p->buf, s, n);
}
static void puts_(Printer *p, const char *s) { buf_puts(p->buf, s); }
static void putc_(Printer *p, char c) { buf_putc(p->buf, c); }

static void put_rune(Printer *p, int32_t r)
{
    char t[UTF8_MAX];
    put(p, t, (size_t)utf8_encode(t, r < 0 ? RUNE_ERROR : (uint32_t)r));
}

static void clear_flags(Printer *p)
{
    memset(&p->f, 0, sizeof p->f);
    p->wid = p->prec = 0;
}

static int64_t rune_count(const char *s, size_t n)
{
    int64_t c = 0;
    for (size_t i = 0; i < n; c++) {
        int w = 1;
        if ((unsigned char)s[i] >= 0x80)
            utf8_decode((const unsigned char *)s + i, (const unsigned char *)s + n, &w);
        i += (size_t)w;
    }
    return c;
}

static void write_padding(Printer *p, int64_t n)
{
    char c = p->f.zero ? '0' : ' ';
    for (; n > 0; n--)
        putc_(p, c);
}

/* Appends s padded on the left (or on the right with '-') to the width. */
static void pad(Printer *p, const char *s, size_t n)
{
    if (!p->f.wid_present || p->wid == 0) {
        put(p, s, n);
        return;
    }
    int64_t width = p->wid - rune_count(s, n);
    if (!p->f.minus) {
        write_padding(p, width);
        put(p, s, n);
    } else {
        put(p, s, n);
        write_padding(p, width);
    }
}

static void pad_nozero(Printer *p, const char *s, size_t n)
{
    uint8_t zero = p->f.zero;
    p->f.zero = 0;
    pad(p, s, n);
    p->f.zero = zero;
}

static void fmt_boolean(Printer *p, int v)
{
    if (v)
        pad(p, "true", 4);
    else
        pad(p, "false", 5);
}

/* "U+0078", or with '#' "U+0078 'x'". */
static void fmt_unicode(Printer *p, uint64_t u)
{
    char small[68], *buf = small;
    size_t len = sizeof small;
    int prec = 4;
    if (p->f.prec_present && p->prec > 4) {
        prec = p->prec;
        size_t width = 2 + (size_t)prec + 2 + UTF8_MAX + 1;
        if (width > len)
            buf = malloc(len = width);
    }
    size_t i = len;
    if (p->f.sharp && u <= RUNE_MAX && strconv_is_print((int32_t)u)) {
        char t[UTF8_MAX];
        int w = utf8_encode(t, (uint32_t)u);
        buf[--i] = '\'';
        i -= (size_t)w;
        memcpy(buf + i, t, (size_t)w);
        buf[--i] = '\'';
        buf[--i] = ' ';
    }
    for (; u >= 16; u >>= 4, prec--)
        buf[--i] = udigits[u & 0xF];
    buf[--i] = udigits[u];
    prec--;
    for (; prec > 0; prec--)
        buf[--i] = '0';
    buf[--i] = '+';
    buf[--i] = 'U';
    pad_nozero(p, buf + i, len - i);
    if (buf != small)
        free(buf);
}

static void fmt_integer_raw(Printer *p, uint64_t u, int base, int is_signed, int32_t verb,
                            const char *digits)
{
    int negative = is_signed && (int64_t)u < 0;
    if (negative)
        u = -u;
    char small[68], *buf = small;
    size_t len = sizeof small;
    if (p->f.wid_present || p->f.prec_present) {
        size_t width = 3 + (size_t)p->wid + (size_t)p->prec;
        if (width > len)
            buf = malloc(len = width);
    }
    /* %.3d and %03d both ask for leading zeros; with both, '0' is ignored. */
    int64_t prec = 0;
    if (p->f.prec_present) {
        prec = p->prec;
        if (prec == 0 && u == 0) {
            uint8_t zero = p->f.zero;
            p->f.zero = 0;
            write_padding(p, p->wid);
            p->f.zero = zero;
            goto out;
        }
    } else if (p->f.zero && p->f.wid_present) {
        prec = p->wid;
        if (negative || p->f.plus || p->f.space)
            prec--;             /* room for the sign */
    }
    size_t i = len;
    switch (base) {
    case 10: for (; u >= 10; u /= 10) buf[--i] = (char)('0' + u % 10); break;
    case 16: for (; u >= 16; u >>= 4) buf[--i] = digits[u & 0xF]; break;
    case 8:  for (; u >= 8; u >>= 3) buf[--i] = (char)('0' + (u & 7)); break;
    case 2:  for (; u >= 2; u >>= 1) buf[--i] = (char)('0' + (u & 1)); break;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > (int64_t)(len - i))
        buf[--i] = '0';
    if (p->f.sharp) {
        switch (base) {
        case 2: buf[--i] = 'b'; buf[--i] = '0'; break;
        case 8: if (buf[i] != '0') buf[--i] = '0'; break;
        case 16: buf[--i] = digits[16]; buf[--i] = '0'; break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (p->f.plus)
        buf[--i] = '+';
    else if (p->f.space)
        buf[--i] = ' ';
    pad_nozero(p, buf + i, len - i);
out:
    if (buf != small)
        free(buf);
}

/* Length of s truncated to the precision, in runes. */
static size_t truncate_len(Printer *p, const char *s, size_t n)
{
    if (!p->f.prec_present)
        return n;
    int64_t k = p->prec;
    for (size_t i = 0; i < n;) {
        if (--k < 0)
            return i;
        int w = 1;
        if ((unsigned char)s[i] >= 0x80)
            utf8_decode((const unsigned char *)s + i, (const unsigned char *)s + n, &w);
        i += (size_t)w;
    }
    return n;
}

static void fmt_s(Printer *p, const char *s, size_t n)
{
    pad(p, s, truncate_len(p, s, n));
}

/* Hexadecimal encoding of the bytes of a string or byte slice. */
static void fmt_sbx(Printer *p, const uint8_t *s, size_t length, const char *digits)
{
    if (p->f.prec_present && (size_t)p->prec < length)
        length = (size_t)p->prec;
    int64_t width = 2 * (int64_t)length;
    if (width > 0) {
        if (p->f.space) {
            if (p->f.sharp)
                width *= 2;
            width += (int64_t)length - 1;
        } else if (p->f.sharp) {
            width += 2;
        }
    } else {
        if (p->f.wid_present)
            write_padding(p, p->wid);
        return;
    }
    if (p->f.wid_present && p->wid > width && !p->f.minus)
        write_padding(p, p->wid - width);
    if (p->f.sharp) {
        putc_(p, '0');
        putc_(p, digits[16]);
    }
    for (size_t i = 0; i < length; i++) {
        if (p->f.space && i > 0) {
            putc_(p, ' ');
            if (p->f.sharp) {
                putc_(p, '0');
                putc_(p, digits[16]);
            }
        }
        putc_(p, digits[s[i] >> 4]);
        putc_(p, digits[s[i] & 0xF]);
    }
    if (p->f.wid_present && p->wid > width && p->f.minus)
        write_padding(p, p->wid - width);
}

static void fmt_q(Printer *p, const char *s, size_t n)
{
    n = truncate_len(p, s, n);
    Buf q = {0};
    if (p->f.sharp && strconv_can_backquote((const uint8_t *)s, n)) {
        buf_putc(&q, '`');
        if (n)
            buf_add(&q, s, n);
        buf_putc(&q, '`');
    } else {
        strconv_quote(&q, (const uint8_t *)s, n, '"', p->f.plus, 0);
    }
    pad(p, q.s, q.n);
    buf_free(&q);
}

static void fmt_c(Printer *p, uint64_t c)
{
    char t[UTF8_MAX];
    uint32_t r = c > RUNE_MAX ? RUNE_ERROR : (uint32_t)c;
    pad(p, t, (size_t)utf8_encode(t, r));
}

static void fmt_qc(Printer *p, uint64_t c)
{
    int32_t r = c > RUNE_MAX ? RUNE_ERROR : (int32_t)c;
    Buf q = {0};
    strconv_quote_rune(&q, r, p->f.plus, 0);
    pad(p, q.s, q.n);
    buf_free(&q);
}

/* The '#' flag: keep a decimal point and the trailing zeros of %g. */
static void sharp_float(Buf *num, int32_t verb, int prec)
{
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
        digits = prec == -1 ? 6 : prec;
    char tail[16];
    size_t tn = 0;
    int has_point = 0, saw_nonzero = 0;
    for (size_t i = 1; i < num->n; i++) {
        char c = num->s[i];
        if (c == '.') {
            has_point = 1;
            continue;
        }
        if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
            tn = num->n - i < sizeof tail ? num->n - i : sizeof tail;
            memcpy(tail, num->s + i, tn);
            num->n = i;
            break;
        }
        if (c != '0')
            saw_nonzero = 1;
        if (saw_nonzero)
            digits--;
    }
    if (!has_point) {
        if (num->n == 2 && num->s[1] == '0')
            digits--;           /* a leading 0 counts once */
        buf_putc(num, '.');
    }
    for (; digits > 0; digits--)
        buf_putc(num, '0');
    buf_add(num, tail, tn);
}

static void fmt_float_raw(Printer *p, double v, int size, int32_t verb, int prec)
{
    if (p->f.prec_present)
        prec = p->prec;
    Buf nb = {0};
    buf_putc(&nb, '+');         /* room for the sign */
    fmt_ftoa(&nb, v, (char)verb, prec, size);
    if (nb.s[1] == '-' || nb.s[1] == '+') {
        memmove(nb.s, nb.s + 1, nb.n);
        nb.n--;
    } else {
        nb.s[0] = '+';
    }
    if (p->f.space && nb.s[0] == '+' && !p->f.plus)
        nb.s[0] = ' ';
    char *num = nb.s;
    size_t n = nb.n;
    if (num[1] == 'I' || num[1] == 'N') {   /* infinities and NaN: no zero padding */
        if (num[1] == 'N' && !p->f.space && !p->f.plus)
            num++, n--;
        pad_nozero(p, num, n);
        buf_free(&nb);
        return;
    }
    if (p->f.sharp && verb != 'b') {
        sharp_float(&nb, verb, prec);
        num = nb.s, n = nb.n;
    }
    if (p->f.plus || num[0] != '+') {
        if (p->f.zero && p->f.wid_present && p->wid > (int64_t)n) {
            putc_(p, num[0]);   /* sign before the zeros */
            write_padding(p, p->wid - (int64_t)n);
            put(p, num + 1, n - 1);
        } else {
            pad(p, num, n);
        }
    } else {
        pad(p, num + 1, n - 1);
    }
    buf_free(&nb);
}

/* ---- the printer (print.go) ---- */

static uint64_t read_uint(const RType *t, const void *p)
{
    switch (t->kind) {
    case RK_UINT8: case RK_INT8: return *(const uint8_t *)p;
    case RK_UINT16: case RK_INT16: return *(const uint16_t *)p;
    case RK_UINT32: case RK_INT32: return *(const uint32_t *)p;
    default: return *(const uint64_t *)p;
    }
}

static int64_t read_int(const RType *t, const void *p)
{
    switch (t->kind) {
    case RK_INT8: return *(const int8_t *)p;
    case RK_INT16: return *(const int16_t *)p;
    case RK_INT32: return *(const int32_t *)p;
    default: return *(const int64_t *)p;
    }
}

static const void *read_ptr(const void *p) { return *(const void *const *)p; }

static int is_int_kind(int k) { return k >= RK_INT && k <= RK_INT64; }
static int is_uint_kind(int k) { return k >= RK_UINT && k <= RK_UINTPTR; }

/* The dynamic value of an interface value (t an interface type). */
static Val iface_elem(const RType *t, const void *p)
{
    const void *const *w = p;
    const RType *dt = iface_dyntype(t, w[0]);
    if (!dt)
        return (Val){ NULL, NULL };
    return (Val){ dt, (dt->flags & RT_DIRECT) ? (const void *)&w[1] : w[1] };
}

static void *data_word(Val v)
{
    return (v.t->flags & RT_DIRECT) ? (void *)read_ptr(v.p) : (void *)v.p;
}

/* A method `name() string` of t's method set, or NULL. */
static const RMethod *string_method(const RType *t, const char *name)
{
    if (!t || t->nmethods == 0)
        return NULL;
    const RMethod *m = rtype_method(t, name);
    if (!m || !m->type || m->type->nin != 0 || m->type->nout != 1)
        return NULL;
    const RType *r = m->type->out[0];
    return r->kind == RK_STRING && !(r->flags & RT_NAMED) ? m : NULL;
}

static void bad_verb(Printer *p, int32_t verb)
{
    p->erroring = 1;
    puts_(p, "%!");
    put_rune(p, verb);
    putc_(p, '(');
    if (p->value.t) {
        Val v = p->value;
        puts_(p, v.t->str);
        putc_(p, '=');
        print_value(p, v, 'v', 0, 0);
    } else {
        puts_(p, "<nil>");
    }
    putc_(p, ')');
    p->erroring = 0;
}

static void fmt_bool(Printer *p, int v, int32_t verb)
{
    if (verb == 't' || verb == 'v')
        fmt_boolean(p, v);
    else
        bad_verb(p, verb);
}

/* Hexadecimal, with 0x when leading0x. */
static void fmt_0x64(Printer *p, uint64_t v, int leading0x)
{
    uint8_t sharp = p->f.sharp;
    p->f.sharp = (uint8_t)leading0x;
    fmt_integer_raw(p, v, 16, 0, 'v', ldigits);
    p->f.sharp = sharp;
}

static void fmt_integer(Printer *p, uint64_t v, int is_signed, int32_t verb)
{
    switch (verb) {
    case 'v':
        if (p->f.sharp_v && !is_signed)
            fmt_0x64(p, v, 1);
        else
            fmt_integer_raw(p, v, 10, is_signed, verb, ldigits);
        break;
    case 'd': fmt_integer_raw(p, v, 10, is_signed, verb, ldigits); break;
    case 'b': fmt_integer_raw(p, v, 2, is_signed, verb, ldigits); break;
    case 'o': case 'O': fmt_integer_raw(p, v, 8, is_signed, verb, ldigits); break;
    case 'x': fmt_integer_raw(p, v, 16, is_signed, verb, ldigits); break;
    case 'X': fmt_integer_raw(p, v, 16, is_signed, verb, udigits); break;
    case 'c': fmt_c(p, v); break;
    case 'q': fmt_qc(p, v); break;
    case 'U': fmt_unicode(p, v); break;
    default: bad_verb(p, verb); break;
    }
}

static void fmt_float(Printer *p, double v, int size, int32_t verb)
{
    switch (verb) {
    case 'v': fmt_float_raw(p, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float_raw(p, v, size, verb, -1); break;
    case 'f': case 'e': case 'E': fmt_float_raw(p, v, size, verb, 6); break;
    case 'F': fmt_float_raw(p, v, size, 'f', 6); break;
    default: bad_verb(p, verb); break;
    }
}

static void fmt_complex(Printer *p, double re, double im, int size, int32_t verb)
{
    switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e':
    case 'E': {
        uint8_t plus = p->f.plus;
        putc_(p, '(');
        fmt_float(p, re, size / 2, verb);
        p->f.plus = 1;          /* the imaginary part always has a sign */
        fmt_float(p, im, size / 2, verb);
        puts_(p, "i)");
        p->f.plus = plus;
        break;
    }
    default:
        bad_verb(p, verb);
    }
}

static void fmt_string(Printer *p, const char *s, size_t n, int32_t verb)
{
    switch (verb) {
    case 'v':
        if (p->f.sharp_v)
            fmt_q(p, s, n);
        else
            fmt_s(p, s, n);
        break;
    case 's': fmt_s(p, s, n); break;
    case 'x': fmt_sbx(p, (const uint8_t *)s, n, ldigits); break;
    case 'X': fmt_sbx(p, (const uint8_t *)s, n, udigits); break;
    case 'q': fmt_q(p, s, n); break;
    default: bad_verb(p, verb); break;
    }
}

/* A byte slice or array under %s %x %X %q (the other verbs print it as a
 * list of numbers, which print_value does). */
static void fmt_bytes(Printer *p, const uint8_t *b, size_t n, int32_t verb)
{
    switch (verb) {
    case 's': pad(p, (const char *)b, truncate_len(p, (const char *)b, n)); break;
    case 'x': fmt_sbx(p, b, n, ldigits); break;
    case 'X': fmt_sbx(p, b, n, udigits); break;
    case 'q': fmt_q(p, (const char *)b, n); break;
    }
}

static void fmt_pointer(Printer *p, Val v, int32_t verb)
{
    uint64_t u;
    switch (v.t->kind) {
    case RK_CHAN: case RK_FUNC: case RK_MAP: case RK_POINTER: case RK_SLICE: case RK_UNSAFEPTR:
        u = (uint64_t)(uintptr_t)read_ptr(v.p);
        break;
    default:
        bad_verb(p, verb);
        return;
    }
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) {
            putc_(p, '(');
            puts_(p, v.t->str);
            puts_(p, ")(");
            if (u == 0)
                puts_(p, "nil");
            else
                fmt_0x64(p, u, 1);
            putc_(p, ')');
        } else if (u == 0) {
            pad(p, "<nil>", 5);
        } else {
            fmt_0x64(p, u, !p->f.sharp);
        }
        break;
    case 'p':
        fmt_0x64(p, u, !p->f.sharp);
        break;
    case 'b': case 'o': case 'd': case 'x': case 'X':
        fmt_integer(p, u, 0, verb);
        break;
    default:
        bad_verb(p, verb);
    }
}

/* Go's catchPanic: what a String, Error or GoString method that panicked
 * prints in its place. */
static void print_method_panic(Printer *p, Val v, const char *name, int32_t verb, GoEface pv)
{
    if (v.t->kind == RK_POINTER && !read_ptr(v.p)) {
        puts_(p, "<nil>");      /* a nil receiver: the likeliest cause */
        return;
    }
    if (p->panicking)           /* the panic value's own method panicked */
        rt_panic_value(p->g, pv);
    Flags f = p->f;
    int wid = p->wid, prec = p->prec;
    clear_flags(p);
    puts_(p, "%!");
    put_rune(p, verb);
    puts_(p, "(PANIC=");
    puts_(p, name);
    puts_(p, " method: ");
    p->panicking = 1;
    print_arg(p, &pv, 'v');
    p->panicking = 0;
    putc_(p, ')');
    p->f = f, p->wid = wid, p->prec = prec;
}

/* Calls m on v and prints the string it returns with the verb. */
static void call_string_method(Printer *p, Val v, const RMethod *m, const char *name,
                               int32_t verb, int go_syntax)
{
    GoString s;
    if (fmt_catch_call) {
        GoEface pv;
        if (!fmt_catch_call(p->g, m, data_word(v), &s, &pv)) {
            print_method_panic(p, v, name, verb, pv);
            return;
        }
    } else if (v.t->kind == RK_POINTER && !read_ptr(v.p) && v.t->elem &&
               rtype_method(v.t->elem, m->name)) {
        puts_(p, "<nil>");      /* a value method on nil: it would panic */
        return;
    } else {
        s = rt_call_string_method(p->g, m, data_word(v));
    }
    if (go_syntax)
        fmt_s(p, (const char *)s.ptr, (size_t)s.len);
    else
        fmt_string(p, (const char *)s.ptr, (size_t)s.len, verb);
}

/* Go's handleMethods for a concrete value: reports whether the value was
 * printed by one of its methods (or rejected for %w). */
static int handle_methods(Printer *p, Val v, int32_t verb, int depth)
{
    if (p->erroring || !v.t)
        return 0;
    if (verb == 'w') {
        const RMethod *m = string_method(v.t, "Error");
        if (!m || !p->wrap_errs || p->wrapped.type) {
            p->wrapped = (GoEface){ NULL, NULL };
            p->wrap_errs = 0;
            bad_verb(p, verb);
            return 1;
        }
        p->wrapped = depth == 0 ? (GoEface){ v.t, data_word(v) } : rt_box(p->g, v.t, v.p);
        verb = 'v';
    }
    if (v.t->nmethods == 0)
        return 0;
    if (p->f.sharp_v) {
        const RMethod *m = string_method(v.t, "GoString");
        if (!m)
            return 0;
        call_string_method(p, v, m, "GoString", verb, 1);
        return 1;
    }
    switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q': {
        const RMethod *m = string_method(v.t, "Error");
        if (!m)
            m = string_method(v.t, "String");
        if (!m)
            return 0;
        call_string_method(p, v, m, m->name, verb, 0);
        return 1;
    }
    }
    return 0;
}

/* ---- maps, sorted as internal/fmtsort ---- */

typedef struct MapEntries {
    const RType *kt, *vt;
    char *keys, *vals;
    size_t n, cap;
} MapEntries;

static void collect_entry(void *ctx, const void *key, const void *val)
{
    MapEntries *e = ctx;
    size_t ks = (size_t)e->kt->size, vs = (size_t)e->vt->size;
    if (e->n == e->cap) {
        e->cap = e->cap ? 2 * e->cap : 8;
        e->keys = realloc(e->keys, e->cap * (ks ? ks : 1));
        e->vals = realloc(e->vals, e->cap * (vs ? vs : 1));
    }
    memcpy(e->keys + e->n * ks, key, ks);
    memcpy(e->vals + e->n * vs, val, vs);
    e->n++;
}

static int cmp3(int lt, int gt) { return lt ? -1 : gt ? 1 : 0; }

static int float_compare(double a, double b)
{
    if (a < b) return -1;
    if (a > b) return 1;
    if (a == b) return 0;
    if (a != a && b == b) return -1;    /* NaN sorts low */
    if (a == a && b != b) return 1;
    return 0;
}

static double read_float(const RType *t, const void *p, int imag)
{
    if (t->kind == RK_FLOAT32 || t->kind == RK_COMPLEX64)
        return ((const float *)p)[imag];
    return ((const double *)p)[imag];
}

static int compare_keys(const RType *t, const void *a, const void *b)
{
    switch (t->kind) {
    case RK_INT: case RK_INT8: case RK_INT16: case RK_INT32: case RK_INT64: {
        int64_t x = read_int(t, a), y = read_int(t, b);
        return cmp3(x < y, x > y);
    }
    case RK_UINT: case RK_UINT8: case RK_UINT16: case RK_UINT32: case RK_UINT64: case RK_UINTPTR: {
        uint64_t x = read_uint(t, a), y = read_uint(t, b);
        return cmp3(x < y, x > y);
    }
    case RK_STRING: {
        const GoString *x = a, *y = b;
        int64_t n = x->len < y->len ? x->len : y->len;
        int c = n ? memcmp(x->ptr, y->ptr, (size_t)n) : 0;
        return c ? (c < 0 ? -1 : 1) : cmp3(x->len < y->len, x->len > y->len);
    }
    case RK_FLOAT32: case RK_FLOAT64:
        return float_compare(read_float(t, a, 0), read_float(t, b, 0));
    case RK_COMPLEX64: case RK_COMPLEX128: {
        int c = float_compare(read_float(t, a, 0), read_float(t, b, 0));
        return c ? c : float_compare(read_float(t, a, 1), read_float(t, b, 1));
    }
    case RK_BOOL: {
        int x = *(const uint8_t *)a != 0, y = *(const uint8_t *)b != 0;
        return cmp3(x < y, x > y);
    }
    case RK_POINTER: case RK_UNSAFEPTR: case RK_CHAN: {
        uintptr_t x = (uintptr_t)read_ptr(a), y = (uintptr_t)read_ptr(b);
        return cmp3(x < y, x > y);
    }
    case RK_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const RField *f = &t->fields[i];
            int c = compare_keys(f->type, (const char *)a + f->offset, (const char *)b + f->offset);
            if (c)
                return c;
        }
        return 0;
    case RK_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            int64_t off = i * t->elem->size;
            int c = compare_keys(t->elem, (const char *)a + off, (const char *)b + off);
            if (c)
                return c;
        }
        return 0;
    case RK_INTERFACE: {
        Val x = iface_elem(t, a), y = iface_elem(t, b);
        if (!x.t || !y.t)
            return cmp3(!x.t && y.t, x.t && !y.t);
        if (x.t != y.t)         /* by descriptor address, as Go by *rtype */
            return cmp3((uintptr_t)x.t < (uintptr_t)y.t, 1);
        return compare_keys(x.t, x.p, y.p);
    }
    }
    return 0;
}

/* Stable merge sort of entry indexes by key. */
static void sort_entries(const MapEntries *e, size_t *idx, size_t *tmp, size_t n)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    sort_entries(e, idx, tmp, h);
    sort_entries(e, idx + h, tmp, n - h);
    size_t i = 0, j = h, k = 0, ks = (size_t)e->kt->size;
    while (i < h && j < n) {
        if (compare_keys(e->kt, e->keys + idx[j] * ks, e->keys + idx[i] * ks) < 0)
            tmp[k++] = idx[j++];
        else
            tmp[k++] = idx[i++];
    }
    while (i < h)
        tmp[k++] = idx[i++];
    while (j < n)
        tmp[k++] = idx[j++];
    memcpy(idx, tmp, n * sizeof *idx);
}

static void print_map(Printer *p, Val v, int32_t verb, int depth, int ro)
{
    void *m = (void *)read_ptr(v.p);
    if (p->f.sharp_v) {
        puts_(p, v.t->str);
        if (!m) {
            puts_(p, "(nil)");
            return;
        }
        putc_(p, '{');
    } else {
        puts_(p, "map[");
    }
    MapEntries e = { v.t->key, v.t->elem, NULL, NULL, 0, 0 };
    if (m)
        map_foreach(p->g, m, collect_entry, &e);
    size_t *idx = malloc((e.n ? e.n : 1) * 2 * sizeof *idx);
    for (size_t i = 0; i < e.n; i++)
        idx[i] = i;
    sort_entries(&e, idx, idx + e.n, e.n);
    for (size_t i = 0; i < e.n; i++) {
        if (i > 0) {
            if (p->f.sharp_v)
                puts_(p, ", ");
            else
                putc_(p, ' ');
        }
        print_value(p, (Val){ e.kt, e.keys + idx[i] * (size_t)e.kt->size }, verb, depth + 1, ro);
        putc_(p, ':');
        print_value(p, (Val){ e.vt, e.vals + idx[i] * (size_t)e.vt->size }, verb, depth + 1, ro);
    }
    putc_(p, p->f.sharp_v ? '}' : ']');
    free(idx);
    free(e.keys);
    free(e.vals);
}

/* ---- values ---- */

static void print_struct(Printer *p, Val v, int32_t verb, int depth, int ro)
{
    if (p->f.sharp_v)
        puts_(p, v.t->str);
    putc_(p, '{');
    for (int i = 0; i < v.t->nfields; i++) {
        const RField *f = &v.t->fields[i];
        if (i > 0) {
            if (p->f.sharp_v)
                puts_(p, ", ");
            else
                putc_(p, ' ');
        }
        if ((p->f.plus_v || p->f.sharp_v) && f->name && f->name[0]) {
            puts_(p, f->name);
            putc_(p, ':');
        }
        Val fv = { f->type, (const char *)v.p + f->offset };
        if (f->type->kind == RK_INTERFACE) {    /* getField: a non-nil interface's value */
            Val e = iface_elem(f->type, fv.p);
            if (e.t)
                fv = e;
        }
        print_value(p, fv, verb, depth + 1, ro || !f->exported);
    }
    putc_(p, '}');
}

static void print_list(Printer *p, Val v, int32_t verb, int depth, int ro)
{
    const RType *et = v.t->elem;
    const char *data;
    int64_t n;
    int is_nil = 0;
    if (v.t->kind == RK_SLICE) {
        const GoSlice *s = v.p;
        data = s->ptr, n = s->len, is_nil = s->ptr == NULL;
    } else {
        data = v.p, n = v.t->len;
    }
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && et->kind == RK_UINT8) {
        fmt_bytes(p, (const uint8_t *)data, (size_t)n, verb);
        return;
    }
    if (p->f.sharp_v) {
        puts_(p, v.t->str);
        if (is_nil) {
            puts_(p, "(nil)");
            return;
        }
        putc_(p, '{');
    } else {
        putc_(p, '[');
    }
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) {
            if (p->f.sharp_v)
                puts_(p, ", ");
            else
                putc_(p, ' ');
        }
        print_value(p, (Val){ et, data + i * et->size }, verb, depth + 1, ro);
    }
    putc_(p, p->f.sharp_v ? '}' : ']');
}

static void print_value(Printer *p, Val v, int32_t verb, int depth, int ro)
{
    if (depth > 0 && !ro) {
        Val c = v.t->kind == RK_INTERFACE ? iface_elem(v.t, v.p) : v;
        p->value = c;
        if (handle_methods(p, c, verb, depth))
            return;
    }
    p->value = v;
    const RType *t = v.t;
    switch (t->kind) {
    case RK_BOOL:
        fmt_bool(p, *(const uint8_t *)v.p != 0, verb);
        break;
    case RK_INT: case RK_INT8: case RK_INT16: case RK_INT32: case RK_INT64:
        fmt_integer(p, (uint64_t)read_int(t, v.p), 1, verb);
        break;
    case RK_UINT: case RK_UINT8: case RK_UINT16: case RK_UINT32: case RK_UINT64: case RK_UINTPTR:
        fmt_integer(p, read_uint(t, v.p), 0, verb);
        break;
    case RK_FLOAT32:
        fmt_float(p, *(const float *)v.p, 32, verb);
        break;
    case RK_FLOAT64:
        fmt_float(p, *(const double *)v.p, 64, verb);
        break;
    case RK_COMPLEX64:
        fmt_complex(p, ((const float *)v.p)[0], ((const float *)v.p)[1], 64, verb);
        break;
    case RK_COMPLEX128:
        fmt_complex(p, ((const double *)v.p)[0], ((const double *)v.p)[1], 128, verb);
        break;
    case RK_STRING: {
        const GoString *s = v.p;
        fmt_string(p, (const char *)s->ptr, (size_t)s->len, verb);
        break;
    }
    case RK_MAP:
        print_map(p, v, verb, depth, ro);
        break;
    case RK_STRUCT:
        print_struct(p, v, verb, depth, ro);
        break;
    case RK_INTERFACE: {
        Val e = iface_elem(t, v.p);
        if (!e.t) {
            if (p->f.sharp_v) {
                puts_(p, t->str);
                puts_(p, "(nil)");
            } else {
                puts_(p, "<nil>");
            }
        } else {
            print_value(p, e, verb, depth + 1, ro);
        }
        break;
    }
    case RK_ARRAY: case RK_SLICE:
        print_list(p, v, verb, depth, ro);
        break;
    case RK_POINTER:
        /* &{...} for a pointer to an array, slice, struct or map, at the
         * top level only (nested pointers could loop) */
        if (depth == 0 && read_ptr(v.p)) {
            int k = t->elem->kind;
            if (k == RK_ARRAY || k == RK_SLICE || k == RK_STRUCT || k == RK_MAP) {
                putc_(p, '&');
                print_value(p, (Val){ t->elem, read_ptr(v.p) }, verb, depth + 1, ro);
                break;
            }
        }
        fmt_pointer(p, v, verb);
        break;
    case RK_CHAN: case RK_FUNC: case RK_UNSAFEPTR:
        fmt_pointer(p, v, verb);
        break;
    default:
        putc_(p, '?');
        puts_(p, t->str);
        putc_(p, '?');
    }
}

/* An operand of type []byte itself (not a named type) prints as []byte{...}
 * under %#v: fmt's fast path names it so, where reflect says []uint8. */
static int is_byte_slice(const RType *t)
{
    return t->kind == RK_SLICE && !(t->flags & RT_NAMED) && t->elem->kind == RK_UINT8 &&
           !(t->elem->flags & RT_NAMED);
}

/* The types printArg formats without looking for methods (its type switch):
 * the predeclared basic types and []byte. %w of such an operand is a bad
 * verb without resetting Errorf's state, and for []byte is reported per
 * element. */
static int fast_path_type(const RType *t)
{
    return is_byte_slice(t) ||
           (!(t->flags & RT_NAMED) && t->kind >= RK_BOOL && t->kind <= RK_COMPLEX128) ||
           (!(t->flags & RT_NAMED) && t->kind == RK_STRING);
}

static void print_bytes_go_syntax(Printer *p, const void *slice)
{
    const GoSlice *s = slice;
    puts_(p, "[]byte");
    if (!s->ptr) {
        puts_(p, "(nil)");
        return;
    }
    putc_(p, '{');
    for (int64_t i = 0; i < s->len; i++) {
        if (i > 0)
            puts_(p, ", ");
        fmt_0x64(p, ((const uint8_t *)s->ptr)[i], 1);
    }
    putc_(p, '}');
}

/* A reflect.Value argument (stdlib/reflect/value.go: its type, a pointer to the
 * value or, for pointer-shaped kinds without flagIndir, the value, and its
 * flags) prints the value it holds, as Go's printArg: its methods first unless
 * it came from an unexported field, then the value itself at depth 0. */
enum { REFLECT_FLAG_KIND = 31, REFLECT_FLAG_RO = 3 << 5, REFLECT_FLAG_INDIR = 1 << 7 };

static void print_reflect_value(Printer *p, const void *value, int32_t verb)
{
    const uint64_t *w = value;
    const RType *t = (const RType *)(uintptr_t)w[0];
    uint64_t fl = w[2];
    if (!fl || !t) {
        puts_(p, "<invalid reflect.Value>");
        return;
    }
    Val v = { t, (fl & REFLECT_FLAG_INDIR) ? (const void *)(uintptr_t)w[1] : (const void *)&w[1] };
    int ro = (fl & REFLECT_FLAG_RO) != 0;
    if (!ro) {
        Val c = t->kind == RK_INTERFACE ? iface_elem(t, v.p) : v;
        p->value = c;
        if (c.t && handle_methods(p, c, verb, 0))
            return;
    }
    p->value = v;
    print_value(p, v, verb, 0, ro);
}

static void print_arg(Printer *p, const GoEface *arg, int32_t verb)
{
    p->value = (Val){ NULL, NULL };
    if (!arg->type) {
        if (verb == 'T' || verb == 'v')
            pad(p, "<nil>", 5);
        else
            bad_verb(p, verb);
        return;
    }
    Val v = { arg->type, eface_value_ptr(arg) };
    if (verb == 'T') {
        fmt_s(p, arg->type->str, strlen(arg->type->str));
        return;
    }
    if (verb == 'p') {
        p->value = v;
        fmt_pointer(p, v, 'p');
        return;
    }
    if (v.t->name && !strcmp(v.t->name, "Value") && v.t->pkgpath && !strcmp(v.t->pkgpath, "reflect")) {
        print_reflect_value(p, v.p, verb);
        return;
    }
    p->value = v;
    if (!fast_path_type(v.t) && handle_methods(p, v, verb, 0))
        return;
    if (verb == 'v' && p->f.sharp_v && is_byte_slice(v.t)) {
        print_bytes_go_syntax(p, v.p);
        return;
    }
    print_value(p, v, verb, 0, 0);
}

/* ---- Printf ---- */

static int too_large(int64_t x) { return x > 1000000 || x < -1000000; }

/* parsenum: the decimal number at s[*i..end), advancing *i. */
static int parse_num(const uint8_t *s, int64_t *i, int64_t end, int *num)
{
    int64_t n = 0;
    int isnum = 0;
    int64_t k = *i;
    for (; k < end && s[k] >= '0' && s[k] <= '9'; k++) {
        if (too_large(n)) {
            *i = end;
            *num = 0;
            return 0;
        }
        n = n * 10 + (s[k] - '0');
        isnum = 1;
    }
    *i = k;
    *num = (int)n;
    return isnum;
}

/* intFromArg: the operand as a width or precision. */
static int int_from_arg(const GoEface *a, int64_t na, int64_t *argnum, int *num)
{
    int ok = 0;
    *num = 0;
    if (*argnum >= na)
        return 0;
    const GoEface *e = &a[*argnum];
    int64_t v = 0;
    if (e->type && is_int_kind(e->type->kind)) {
        v = read_int(e->type, eface_value_ptr(e));
        ok = 1;
    } else if (e->type && is_uint_kind(e->type->kind)) {
        uint64_t u = read_uint(e->type, eface_value_ptr(e));
        ok = (int64_t)u >= 0;
        v = ok ? (int64_t)u : 0;
    }
    (*argnum)++;
    if (!ok || too_large(v))
        return 0;
    *num = (int)v;
    return 1;
}

/* argNumber: an explicit [n] index at format[*i]. Sets *found. */
static int64_t arg_number(Printer *p, int64_t argnum, const uint8_t *s, int64_t *i, int64_t end,
                          int64_t na, int *found)
{
    *found = 0;
    if (*i >= end || s[*i] != '[')
        return argnum;
    p->reordered = 1;
    /* parseArgNumber */
    int64_t wid = 1, index = 0;
    int ok = 0;
    if (end - *i >= 3) {
        for (int64_t k = *i + 1; k < end; k++) {
            if (s[k] == ']') {
                int64_t j = *i + 1;
                int n;
                ok = parse_num(s, &j, k, &n) && j == k;
                index = ok ? n - 1 : 0;
                wid = k - *i + 1;
                break;
            }
        }
    }
    *i += wid;
    if (ok && index >= 0 && index < na) {
        *found = 1;
        return index;
    }
    p->good_argnum = 0;
    *found = ok;
    return argnum;
}

static void set_v_flags(Printer *p)
{
    p->f.sharp_v = p->f.sharp;
    p->f.sharp = 0;
    p->f.plus_v = p->f.plus;
    p->f.plus = 0;
}

static void do_printf(Printer *p, const uint8_t *s, int64_t end, const GoEface *a, int64_t na)
{
    int64_t argnum = 0;
    int after_index = 0;
    p->reordered = 0;
    for (int64_t i = 0; i < end;) {
        p->good_argnum = 1;
        int64_t lasti = i;
        while (i < end && s[i] != '%')
            i++;
        if (i > lasti)
            put(p, (const char *)s + lasti, (size_t)(i - lasti));
        if (i >= end)
            break;
        i++;                    /* the % */
        clear_flags(p);
        for (; i < end; i++) {
            uint8_t c = s[i];
            if (c == '#') p->f.sharp = 1;
            else if (c == '0') p->f.zero = !p->f.minus;
            else if (c == '+') p->f.plus = 1;
            else if (c == '-') p->f.minus = 1, p->f.zero = 0;
            else if (c == ' ') p->f.space = 1;
            else break;
        }
        argnum = arg_number(p, argnum, s, &i, end, na, &after_index);
        if (i < end && s[i] == '*') {
            i++;
            p->f.wid_present = (uint8_t)int_from_arg(a, na, &argnum, &p->wid);
            if (!p->f.wid_present)
                puts_(p, "%!(BADWIDTH)");
            if (p->wid < 0) {
                p->wid = -p->wid;
                p->f.minus = 1;
                p->f.zero = 0;
            }
            after_index = 0;
        } else {
            p->f.wid_present = (uint8_t)parse_num(s, &i, end, &p->wid);
            if (after_index && p->f.wid_present)    /* "%[3]2d" */
                p->good_argnum = 0;
        }
        if (i + 1 < end && s[i] == '.') {
            i++;
            if (after_index)    /* "%[3].2d" */
                p->good_argnum = 0;
            argnum = arg_number(p, argnum, s, &i, end, na, &after_index);
            if (i < end && s[i] == '*') {
                i++;
                p->f.prec_present = (uint8_t)int_from_arg(a, na, &argnum, &p->prec);
                if (p->prec < 0) {
                    p->prec = 0;
                    p->f.prec_present = 0;
                }
                if (!p->f.prec_present)
                    puts_(p, "%!(BADPREC)");
                after_index = 0;
            } else {
                p->f.prec_present = (uint8_t)parse_num(s, &i, end, &p->prec);
                if (!p->f.prec_present) {
                    p->prec = 0;
                    p->f.prec_present = 1;
                }
            }
        }
        if (!after_index)
            argnum = arg_number(p, argnum, s, &i, end, na, &after_index);
        if (i >= end) {
            puts_(p, "%!(NOVERB)");
            break;
        }
        int32_t verb = s[i];
        int size = 1;
        if (verb >= 0x80)
            verb = utf8_decode(s + i, s + end, &size);
        i += size;
        if (verb == '%') {
            putc_(p, '%');      /* absorbs no operand, ignores width and precision */
        } else if (!p->good_argnum) {
            puts_(p, "%!");
            put_rune(p, verb);
            puts_(p, "(BADINDEX)");
        } else if (argnum >= na) {
            puts_(p, "%!");
            put_rune(p, verb);
            puts_(p, "(MISSING)");
        } else {
            if (verb == 'v')
                set_v_flags(p);
            print_arg(p, &a[argnum], verb);
            argnum++;
        }
    }
    if (!p->reordered && argnum < na) {
        clear_flags(p);
        puts_(p, "%!(EXTRA ");
        for (int64_t k = argnum; k < na; k++) {
            if (k > argnum)
                puts_(p, ", ");
            if (!a[k].type) {
                puts_(p, "<nil>");
            } else {
                puts_(p, a[k].type->str);
                putc_(p, '=');
                print_arg(p, &a[k], 'v');
            }
        }
        putc_(p, ')');
    }
}

static void printer_init(Printer *p, G *g, Buf *out)
{
    memset(p, 0, sizeof *p);
    p->g = g;
    p->buf = out;
}

void fmt_sprintf(G *g, Buf *out, const uint8_t *format, int64_t flen, const GoEface *args,
                 int64_t n)
{
    Printer p;
    printer_init(&p, g, out);
    do_printf(&p, format, flen, args, n);
}

GoEface fmt_errorf(G *g, Buf *out, const uint8_t *format, int64_t flen, const GoEface *args,
                   int64_t n)
{
    Printer p;
    printer_init(&p, g, out);
    p.wrap_errs = 1;
    do_printf(&p, format, flen, args, n);
    return p.wrapped;
}

void fmt_sprint(G *g, Buf *out, const GoEface *args, int64_t n)
{
    Printer p;
    printer_init(&p, g, out);
    int prev_string = 0;
    for (int64_t i = 0; i < n; i++) {
        int is_string = args[i].type && args[i].type->kind == RK_STRING;
        if (i > 0 && !is_string && !prev_string)
            putc_(&p, ' ');
        print_arg(&p, &args[i], 'v');
        prev_string = is_string;
    }
}

void fmt_sprintln(G *g, Buf *out, const GoEface *args, int64_t n)
{
    Printer p;
    printer_init(&p, g, out);
    for (int64_t i = 0; i < n; i++) {
        if (i > 0)
            putc_(&p, ' ');
        print_arg(&p, &args[i], 'v');
    }
    putc_(&p, '\n');
}
