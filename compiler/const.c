/*
 * const.c — exact arithmetic on Go constants, as the spec's "Constant
 * expressions" define it and as go/constant (Go 1.19) behaves.
 *
 * Representation. CV_INT holds an mpz; CV_FLOAT holds an mpq in canonical
 * form (lowest terms, positive denominator); CV_COMPLEX holds two. new_val
 * initialises exactly the GMP fields its kind uses and registers the value
 * with its ConstArena, and const_arena_free clears those same fields, so a
 * value's kind never changes after new_val. No operation modifies an
 * operand: values are shared freely between AST nodes and objects.
 *
 * Exactness, and where it stops. go/constant keeps a float as a fraction
 * until a component passes 4096 bits and then switches to a 512-bit
 * big.Float; we stay exact throughout, so results agree except where go's
 * rounding would show (1e2000 + 1 - 1e2000 is 1 here, 0 in go). To bound
 * time and memory, a float literal whose scale passes 10^±MAX_DEC_EXP (or
 * 2^±MAX_BIN_EXP for hex mantissas) and any result with a component wider
 * than MAX_BITS is CV_UNKNOWN: the checker then reports it as it does go's
 * own out-of-range constants ("malformed constant", "constant result is
 * not representable"). go accepts exponents up to about ±6.5e8.
 *
 * Rounding to float32/float64 works on the exact rational with integer
 * arithmetic (round_mag): ties to even, gradual underflow, and overflow
 * only when the rounded magnitude passes the largest finite value, exactly
 * as big.Rat.Float64 does. mpq_get_d truncates and is never used.
 */
#include "compiler/const.h"

#include <ctype.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/lexer.h"
#include "lexer/utf8.h"
#include "lexer/uniclass.inc"

enum {
    MAX_DEC_EXP = 1000000,      /* 10^1e6 has 3.3 Mbit and takes milliseconds */
    MAX_BIN_EXP = 4000000,
    MAX_BITS    = 1 << 24,      /* 2 MB per component */
};

/* ---- Allocation ---- */

void const_arena_init(ConstArena *ca, Arena *arena)
{
    ca->arena = arena;
    ca->vals = (PtrVec){ 0 };
}

void const_arena_free(ConstArena *ca)
{
    for (int k = 0; k < ca->vals.n; k++) {
        ConstVal *v = ca->vals.v[k];
        switch (v->kind) {
        case CV_INT:     mpz_clear(v->i); break;
        case CV_COMPLEX: mpq_clear(v->im); /* fall through */
        case CV_FLOAT:   mpq_clear(v->re); break;
        default:         fatal("const_arena_free: value of kind %d", (int)v->kind);
        }
    }
    free(ca->vals.v);
    ca->vals = (PtrVec){ 0 };
}

static ConstVal *new_val(ConstArena *ca, ConstKind kind)
{
    ConstVal *v = arena_alloc(ca->arena, sizeof *v);
    v->kind = kind;
    switch (kind) {
    case CV_INT:     mpz_init(v->i); break;
    case CV_COMPLEX: mpq_init(v->im); /* fall through */
    case CV_FLOAT:   mpq_init(v->re); break;
    default:         return v;      /* nothing for const_arena_free to clear */
    }
    vec_push(&ca->vals, v);
    return v;
}

ConstVal *const_unknown(ConstArena *ca)
{
    return new_val(ca, CV_UNKNOWN);
}

ConstVal *const_bool(ConstArena *ca, int b)
{
    ConstVal *v = new_val(ca, CV_BOOL);
    v->b = b != 0;
    return v;
}

ConstVal *const_string(ConstArena *ca, const char *s, size_t n)
{
    ConstVal *v = new_val(ca, CV_STRING);
    v->s = arena_strndup(ca->arena, s, n);
    v->slen = n;
    return v;
}

ConstVal *const_make_int64(ConstArena *ca, int64_t x)
{
    ConstVal *v = new_val(ca, CV_INT);
    if (x >= 0) {
        mpz_import(v->i, 1, -1, sizeof x, 0, 0, &x);
    } else {
        uint64_t m = -(uint64_t)x;      /* well defined for INT64_MIN */
        mpz_import(v->i, 1, -1, sizeof m, 0, 0, &m);
        mpz_neg(v->i, v->i);
    }
    return v;
}

ConstVal *const_make_uint64(ConstArena *ca, uint64_t x)
{
    ConstVal *v = new_val(ca, CV_INT);
    mpz_import(v->i, 1, -1, sizeof x, 0, 0, &x);
    return v;
}

/* Exact: every finite double is a dyadic rational. -0 becomes 0, as in go. */
ConstVal *const_make_float64(ConstArena *ca, double x)
{
    if (!isfinite(x))
        return const_unknown(ca);
    ConstVal *v = new_val(ca, CV_FLOAT);
    mpq_set_d(v->re, x);
    return v;
}

static ConstVal *copy_val(ConstArena *ca, const ConstVal *x)
{
    ConstVal *v = new_val(ca, x->kind);
    switch (x->kind) {
    case CV_BOOL:    v->b = x->b; break;
    case CV_STRING:  v->s = x->s, v->slen = x->slen; break;   /* immutable */
    case CV_INT:     mpz_set(v->i, x->i); break;
    case CV_COMPLEX: mpq_set(v->im, x->im); /* fall through */
    case CV_FLOAT:   mpq_set(v->re, x->re); break;
    case CV_UNKNOWN: break;
    }
    return v;
}

static int too_big_z(const mpz_t z)
{
    return mpz_sizeinbase(z, 2) > MAX_BITS;
}

static int too_big_q(const mpq_t q)
{
    return too_big_z(mpq_numref(q)) || too_big_z(mpq_denref(q));
}

/* Results of float and complex arithmetic pass through here: see the
 * header comment on MAX_BITS. */
static ConstVal *checked(ConstArena *ca, ConstVal *v)
{
    if ((v->kind == CV_FLOAT || v->kind == CV_COMPLEX) && too_big_q(v->re))
        return const_unknown(ca);
    if (v->kind == CV_COMPLEX && too_big_q(v->im))
        return const_unknown(ca);
    if (v->kind == CV_INT && too_big_z(v->i))
        return const_unknown(ca);
    return v;
}

/* ---- Literals ---- */

/* lit without its '_' separators, NUL-terminated; the caller frees it. */
static char *strip_separators(const char *lit, size_t len)
{
    char *s = xmalloc(len + 1), *q = s;
    for (size_t k = 0; k < len; k++)
        if (lit[k] != '_')
            *q++ = lit[k];
    *q = '\0';
    return s;
}

/* Sets *base from a 0x/0o/0b prefix and returns the text after it. */
static const char *radix_prefix(const char *s, int *base)
{
    *base = 10;
    if (s[0] == '0') {
        switch (s[1]) {
        case 'x': case 'X': *base = 16; return s + 2;
        case 'o': case 'O': *base = 8;  return s + 2;
        case 'b': case 'B': *base = 2;  return s + 2;
        }
    }
    return s;
}

static ConstVal *int_literal(ConstArena *ca, const char *s)
{
    int base;
    const char *p = radix_prefix(s, &base);
    if (base == 10 && p[0] == '0' && p[1] != '\0')
        base = 8, p++;                  /* legacy octal: 0777 */
    ConstVal *v = new_val(ca, CV_INT);
    if (*p == '\0' || mpz_set_str(v->i, p, base) != 0)
        return const_unknown(ca);       /* text the lexer rejected */
    return v;
}

/* Parses a decimal exponent's digits, saturating far beyond any cap. */
static long long exponent_value(const char **pp)
{
    const char *p = *pp;
    int neg = 0;
    long long e = 0;
    if (*p == '+' || *p == '-')
        neg = *p++ == '-';
    if (*p < '0' || *p > '9')
        return LLONG_MIN;               /* no digits: malformed */
    for (; *p >= '0' && *p <= '9'; p++)
        if (e < 1000000000LL)
            e = e * 10 + (*p - '0');
    *pp = p;
    return neg ? -e : e;
}

/* q := mant * radix^e, exactly; 0 if e is beyond the cap for that radix. */
static int scale(mpq_t q, const mpz_t mant, int radix, long long e)
{
    mpz_ptr num = mpq_numref(q), den = mpq_denref(q);
    long long cap = radix == 10 ? MAX_DEC_EXP : MAX_BIN_EXP;
    if (mpz_sgn(mant) == 0) {
        mpq_set_ui(q, 0, 1);            /* 0e-999999999 is just 0, as in go */
        return 1;
    }
    if (e > cap || e < -cap)
        return 0;
    unsigned long m = (unsigned long)(e < 0 ? -e : e);
    mpz_t p;
    mpz_init(p);
    if (radix == 10)
        mpz_ui_pow_ui(p, 10, m);
    else
        mpz_setbit(p, m);
    if (e >= 0) {
        mpz_mul(num, mant, p);
        mpz_set_ui(den, 1);
    } else {
        mpz_set(num, mant);
        mpz_swap(den, p);
    }
    mpz_clear(p);
    mpq_canonicalize(q);
    return 1;
}

/*
 * Parses a float literal, or the mantissa of an imaginary one, into q:
 * decimal with an e exponent, hexadecimal with a p exponent, and (for
 * imaginaries only) 0o and 0b integers. A leading 0 alone does not mean
 * octal here: 0123.5 and 0123i are decimal, as the spec requires.
 * Trailing zeros of the mantissa move into the exponent, so the cap
 * bounds the value's magnitude, not its spelling. Returns 0 on malformed
 * text or an exponent beyond the cap.
 */
static int float_literal(mpq_t q, const char *s)
{
    int base, ok = 0;
    const char *p = radix_prefix(s, &base);
    char *digits = xmalloc(strlen(p) + 1), *d = digits;
    long long shift = 0, e = 0;         /* shift: scale in digits of base */
    int seen_point = 0;

    for (; *p; p++) {
        if (*p == '.' && !seen_point)
            seen_point = 1;
        else if (isxdigit((unsigned char)*p) && !(base == 10 && (*p == 'e' || *p == 'E')))
            *d++ = *p, shift -= seen_point;
        else
            break;
    }
    for (; d - digits > 1 && d[-1] == '0'; d--)
        shift++;
    *d = '\0';
    if ((base == 10 && (*p == 'e' || *p == 'E')) || (base == 16 && (*p == 'p' || *p == 'P'))) {
        p++;
        e = exponent_value(&p);
    }
    mpz_t mant;
    mpz_init(mant);
    if (*p == '\0' && digits[0] != '\0' && e != LLONG_MIN &&
        mpz_set_str(mant, digits, base) == 0) {
        int bits = base == 16 ? 4 : base == 8 ? 3 : 1;
        ok = base == 10 ? scale(q, mant, 10, e + shift) : scale(q, mant, 2, e + bits * shift);
    }
    mpz_clear(mant);
    free(digits);
    return ok;
}

static ConstVal *text_literal(ConstArena *ca, int tk, const char *lit, size_t len)
{
    if (tk == TK_CHAR)
        return const_make_int64(ca, lex_rune_value(lit, len));
    size_t n;
    char *s = lex_unquote(lit, len, &n);
    ConstVal *v = const_string(ca, s, n);
    free(s);
    return v;
}

ConstVal *const_from_literal(ConstArena *ca, int tk, const char *lit, size_t len)
{
    if (tk == TK_CHAR || tk == TK_STRING)
        return text_literal(ca, tk, lit, len);

    char *s = strip_separators(lit, len);
    size_t n = strlen(s);
    ConstVal *v;
    if (tk == TK_INT) {
        v = int_literal(ca, s);
    } else if (tk == TK_FLOAT) {
        v = new_val(ca, CV_FLOAT);
        if (!float_literal(v->re, s))
            v = const_unknown(ca);
    } else if (tk == TK_IMAG && n > 0 && s[n - 1] == 'i') {
        s[n - 1] = '\0';
        v = new_val(ca, CV_COMPLEX);
        if (!float_literal(v->im, s))
            v = const_unknown(ca);
    } else {
        v = const_unknown(ca);
    }
    free(s);
    return v;
}

/* ---- Arithmetic ---- */

static int is_numeric(ConstKind k)
{
    return k == CV_INT || k == CV_FLOAT || k == CV_COMPLEX;
}

/* Initialises re and im to x's parts as rationals (x numeric). */
static void parts_init(const ConstVal *x, mpq_t re, mpq_t im)
{
    mpq_init(re);
    mpq_init(im);
    switch (x->kind) {
    case CV_INT:     mpq_set_z(re, x->i); break;
    case CV_COMPLEX: mpq_set(im, x->im); /* fall through */
    case CV_FLOAT:   mpq_set(re, x->re); break;
    default:         fatal("const: parts of a non-numeric value");
    }
}

static _Noreturn void invalid_op(const char *what, int op, const ConstVal *x)
{
    fatal("const_%s: invalid operation %s on a constant of kind %d",
          what, op >= 0 && op < TK__COUNT ? token_text[op] : "?", (int)x->kind);
}

ConstVal *const_unary(ConstArena *ca, int op, const ConstVal *x, int prec)
{
    if (x->kind == CV_UNKNOWN)
        return const_unknown(ca);
    if (op == TK_NOT && x->kind == CV_BOOL)
        return const_bool(ca, !x->b);
    if (op == TK_ADD && is_numeric(x->kind))
        return copy_val(ca, x);
    if (op == TK_SUB && is_numeric(x->kind)) {
        ConstVal *v = copy_val(ca, x);
        switch (v->kind) {
        case CV_INT:     mpz_neg(v->i, v->i); break;
        case CV_COMPLEX: mpq_neg(v->im, v->im); /* fall through */
        default:         mpq_neg(v->re, v->re); break;
        }
        return v;
    }
    if (op == TK_XOR && x->kind == CV_INT) {
        /* For unsigned types ^x would be negative, "too large": keep the
         * type's prec bits, i.e. x XOR (2^prec - 1). */
        ConstVal *v = new_val(ca, CV_INT);
        mpz_com(v->i, x->i);
        if (prec > 0)
            mpz_fdiv_r_2exp(v->i, v->i, (mp_bitcnt_t)prec);
        return v;
    }
    invalid_op("unary", op, x);
}

/* Go's integer operators; / and % truncate toward zero. */
static ConstVal *int_binary(ConstArena *ca, int op, const mpz_t a, const mpz_t b)
{
    ConstVal *v = new_val(ca, CV_INT);
    mpz_ptr z = v->i;
    switch (op) {
    case TK_ADD: mpz_add(z, a, b); break;
    case TK_SUB: mpz_sub(z, a, b); break;
    case TK_MUL: mpz_mul(z, a, b); break;
    case TK_QUO: mpz_tdiv_q(z, a, b); break;
    case TK_REM: mpz_tdiv_r(z, a, b); break;
    /* GMP's logical operations are defined on infinite two's complement,
     * which is exactly go's semantics for negative constants. */
    case TK_AND: mpz_and(z, a, b); break;
    case TK_OR:  mpz_ior(z, a, b); break;
    case TK_XOR: mpz_xor(z, a, b); break;
    case TK_AND_NOT:
        mpz_com(z, b);
        mpz_and(z, a, z);
        break;
    default:
        fatal("const_binary: invalid integer operation %s", token_text[op]);
    }
    return checked(ca, v);
}

/* (a+bi)(c+di) = (ac-bd) + (ad+bc)i */
static void complex_mul(mpq_t re, mpq_t im, const mpq_t a, const mpq_t b,
                        const mpq_t c, const mpq_t d)
{
    mpq_t t;
    mpq_init(t);
    mpq_mul(re, a, c);
    mpq_mul(t, b, d);
    mpq_sub(re, re, t);
    mpq_mul(im, a, d);
    mpq_mul(t, b, c);
    mpq_add(im, im, t);
    mpq_clear(t);
}

/* (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²), the formula go/constant uses. */
static void complex_quo(mpq_t re, mpq_t im, const mpq_t a, const mpq_t b,
                        const mpq_t c, const mpq_t d)
{
    mpq_t s, t;
    mpq_inits(s, t, NULL);
    mpq_mul(s, c, c);
    mpq_mul(t, d, d);
    mpq_add(s, s, t);
    mpq_mul(re, a, c);
    mpq_mul(t, b, d);
    mpq_add(re, re, t);
    mpq_div(re, re, s);
    mpq_mul(im, b, c);
    mpq_mul(t, a, d);
    mpq_sub(im, im, t);
    mpq_div(im, im, s);
    mpq_clears(s, t, NULL);
}

/* Float (k == CV_FLOAT, imaginary parts ignored) or complex arithmetic. */
static ConstVal *rat_binary(ConstArena *ca, int op, ConstKind k, const ConstVal *x,
                            const ConstVal *y)
{
    mpq_t a, b, c, d;
    parts_init(x, a, b);
    parts_init(y, c, d);
    ConstVal *v = new_val(ca, k);
    switch (op) {
    case TK_ADD:
        mpq_add(v->re, a, c);
        if (k == CV_COMPLEX)
            mpq_add(v->im, b, d);
        break;
    case TK_SUB:
        mpq_sub(v->re, a, c);
        if (k == CV_COMPLEX)
            mpq_sub(v->im, b, d);
        break;
    case TK_MUL:
        if (k == CV_COMPLEX)
            complex_mul(v->re, v->im, a, b, c, d);
        else
            mpq_mul(v->re, a, c);
        break;
    case TK_QUO:
        if (k == CV_COMPLEX)
            complex_quo(v->re, v->im, a, b, c, d);
        else
            mpq_div(v->re, a, c);
        break;
    default:
        fatal("const_binary: invalid operation %s on float constants", token_text[op]);
    }
    mpq_clears(a, b, c, d, NULL);
    return checked(ca, v);
}

static ConstVal *string_concat(ConstArena *ca, const ConstVal *x, const ConstVal *y)
{
    ConstVal *v = new_val(ca, CV_STRING);
    char *s = arena_alloc(ca->arena, x->slen + y->slen + 1);
    memcpy(s, x->s, x->slen);
    memcpy(s + x->slen, y->s, y->slen);
    v->s = s;
    v->slen = x->slen + y->slen;
    return v;
}

static int is_comparison(int op)
{
    return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ ||
           op == TK_GTR || op == TK_GEQ;
}

/*
 * Mixed numeric kinds are promoted to the larger one (int < float <
 * complex) as go/constant's match does, although the checker normally
 * does that first. Comparison operators are accepted too and yield a bool.
 */
ConstVal *const_binary(ConstArena *ca, int op, const ConstVal *x, const ConstVal *y)
{
    if (x->kind == CV_UNKNOWN || y->kind == CV_UNKNOWN)
        return const_unknown(ca);
    if (is_comparison(op))
        return const_bool(ca, const_compare(op, x, y));
    if ((op == TK_QUO || op == TK_REM) && const_is_zero(y))
        fatal("const_binary: division by zero (the checker must rule it out)");

    if (is_numeric(x->kind) && is_numeric(y->kind)) {
        ConstKind k = x->kind > y->kind ? x->kind : y->kind;
        if (k == CV_INT)
            return int_binary(ca, op, x->i, y->i);
        return rat_binary(ca, op, k, x, y);
    }
    if (x->kind == CV_BOOL && y->kind == CV_BOOL && (op == TK_LAND || op == TK_LOR))
        return const_bool(ca, op == TK_LAND ? x->b && y->b : x->b || y->b);
    if (x->kind == CV_STRING && y->kind == CV_STRING && op == TK_ADD)
        return string_concat(ca, x, y);
    invalid_op("binary", op, x);
}

/*
 * x >> s is arithmetic (floor division by 2^s), so -5 >> 1 == -3 as in go.
 * The checker bounds constant shift counts (go allows at most 1074); a
 * left shift whose result would pass MAX_BITS gives CV_UNKNOWN rather
 * than exhausting memory.
 */
ConstVal *const_shift(ConstArena *ca, int op, const ConstVal *x, uint64_t s)
{
    if (x->kind == CV_UNKNOWN)
        return const_unknown(ca);
    if (x->kind != CV_INT || (op != TK_SHL && op != TK_SHR))
        invalid_op("shift", op, x);
    if (op == TK_SHL && mpz_sgn(x->i) != 0 && s > MAX_BITS)
        return const_unknown(ca);
    ConstVal *v = new_val(ca, CV_INT);
    if (op == TK_SHL)
        mpz_mul_2exp(v->i, x->i, (mp_bitcnt_t)s);
    else if (s >= (uint64_t)mpz_sizeinbase(x->i, 2))
        mpz_set_si(v->i, mpz_sgn(x->i) < 0 ? -1 : 0);
    else
        mpz_fdiv_q_2exp(v->i, x->i, (mp_bitcnt_t)s);
    return checked(ca, v);
}

static int order_holds(int op, int c)
{
    switch (op) {
    case TK_EQL: return c == 0;
    case TK_NEQ: return c != 0;
    case TK_LSS: return c < 0;
    case TK_LEQ: return c <= 0;
    case TK_GTR: return c > 0;
    case TK_GEQ: return c >= 0;
    }
    fatal("const_compare: %d is not a comparison", op);
}

static int compare_numeric(int op, const ConstVal *x, const ConstVal *y)
{
    if (x->kind == CV_INT && y->kind == CV_INT)
        return order_holds(op, mpz_cmp(x->i, y->i));
    if ((x->kind == CV_COMPLEX || y->kind == CV_COMPLEX) && op != TK_EQL && op != TK_NEQ)
        fatal("const_compare: complex values are not ordered");
    mpq_t a, b, c, d;
    parts_init(x, a, b);
    parts_init(y, c, d);
    int cmp = mpq_cmp(a, c);
    if (cmp == 0 && !mpq_equal(b, d))
        cmp = 1;                        /* only == and != get here */
    mpq_clears(a, b, c, d, NULL);
    return order_holds(op, cmp);
}

/* Strings compare bytewise, as go's string comparison does. */
int const_compare(int op, const ConstVal *x, const ConstVal *y)
{
    if (x->kind == CV_UNKNOWN || y->kind == CV_UNKNOWN)
        return 0;
    if (is_numeric(x->kind) && is_numeric(y->kind))
        return compare_numeric(op, x, y);
    if (x->kind == CV_STRING && y->kind == CV_STRING) {
        size_t n = x->slen < y->slen ? x->slen : y->slen;
        int c = memcmp(x->s, y->s, n);
        if (c == 0)
            c = (x->slen > y->slen) - (x->slen < y->slen);
        return order_holds(op, c);
    }
    if (x->kind == CV_BOOL && y->kind == CV_BOOL && (op == TK_EQL || op == TK_NEQ))
        return order_holds(op, x->b != y->b);
    invalid_op("compare", op, x);
}

/* ---- Conversions and predicates ---- */

ConstVal *const_to_kind(ConstArena *ca, const ConstVal *x, ConstKind k)
{
    if (x->kind == CV_UNKNOWN)
        return const_unknown(ca);
    if (x->kind == k)
        return copy_val(ca, x);
    if (!is_numeric(x->kind) || !is_numeric(k))
        return NULL;
    if (x->kind == CV_COMPLEX && mpq_sgn(x->im) != 0)
        return NULL;
    if (k == CV_INT) {
        /* x is CV_FLOAT or a CV_COMPLEX with a zero imaginary part */
        if (mpz_cmp_ui(mpq_denref(x->re), 1) != 0)
            return NULL;
        ConstVal *v = new_val(ca, CV_INT);
        mpz_set(v->i, mpq_numref(x->re));
        return v;
    }
    ConstVal *v = new_val(ca, k);
    if (x->kind == CV_INT)
        mpq_set_z(v->re, x->i);
    else
        mpq_set(v->re, x->re);
    return v;
}

int const_is_zero(const ConstVal *x)
{
    switch (x->kind) {
    case CV_INT:     return mpz_sgn(x->i) == 0;
    case CV_FLOAT:   return mpq_sgn(x->re) == 0;
    case CV_COMPLEX: return mpq_sgn(x->re) == 0 && mpq_sgn(x->im) == 0;
    default:         return 0;
    }
}

/* As go/constant.Sign: a complex value gives 0 only if it is 0, and an
 * unknown gives 1 so that it never provokes a division-by-zero error. */
int const_sign(const ConstVal *x)
{
    switch (x->kind) {
    case CV_INT:     return mpz_sgn(x->i);
    case CV_FLOAT:   return mpq_sgn(x->re);
    case CV_COMPLEX: return mpq_sgn(x->re) | mpq_sgn(x->im);
    case CV_UNKNOWN: return 1;
    default:         return 0;
    }
}

int const_is_integral(const ConstVal *x)
{
    switch (x->kind) {
    case CV_INT:     return 1;
    case CV_FLOAT:   return mpz_cmp_ui(mpq_denref(x->re), 1) == 0;
    case CV_COMPLEX: return mpq_sgn(x->im) == 0 && mpz_cmp_ui(mpq_denref(x->re), 1) == 0;
    default:         return 0;
    }
}

/* ---- Rounding to machine floats ---- */

typedef struct FloatFormat {
    int prec;           /* significand bits, the hidden one included */
    long emin;          /* weight of the least subnormal bit */
    long emax;          /* largest finite values lie below 2^(emax+1) */
} FloatFormat;

static const FloatFormat float64_format = { 53, -1074, 1023 };
static const FloatFormat float32_format = { 24, -149, 127 };

/* floor(log2(a/b)) for a, b > 0. */
static long floor_log2(const mpz_t a, const mpz_t b)
{
    long e = (long)mpz_sizeinbase(a, 2) - (long)mpz_sizeinbase(b, 2);
    mpz_t t;
    int c;
    mpz_init(t);
    /* a/b lies in (2^(e-1), 2^(e+1)): compare it with 2^e */
    if (e >= 0) {
        mpz_mul_2exp(t, b, (mp_bitcnt_t)e);
        c = mpz_cmp(a, t);
    } else {
        mpz_mul_2exp(t, a, (mp_bitcnt_t)-e);
        c = mpz_cmp(t, b);
    }
    mpz_clear(t);
    return c < 0 ? e - 1 : e;
}

/*
 * a/b * 2^shift (a, b > 0) rounded to the nearest value of format f, ties
 * to even, with gradual underflow; HUGE_VAL if that is beyond the largest
 * finite value. The result is exact in a double for both formats.
 *
 * The ulp of the result is 2^E with E = floor(log2 value) - (prec-1),
 * raised to emin for subnormals; q = floor(value / 2^E) then has at most
 * prec bits and the remainder decides the rounding.
 */
static double round_mag(const mpz_t a, const mpz_t b, long shift, const FloatFormat *f)
{
    long e = (long)mpz_sizeinbase(a, 2) - (long)mpz_sizeinbase(b, 2) + shift;
    if (e - 1 > f->emax)
        return HUGE_VAL;
    if (e < f->emin - 1)
        return 0;                   /* below half the least subnormal */
    e = floor_log2(a, b) + shift;
    if (e > f->emax)
        return HUGE_VAL;
    long E = e - (f->prec - 1);
    if (E < f->emin)
        E = f->emin;

    mpz_t q, r, t;
    mpz_inits(q, r, t, NULL);
    long s = shift - E;             /* q = floor(a * 2^s / b) */
    if (s >= 0) {
        mpz_mul_2exp(t, a, (mp_bitcnt_t)s);
        mpz_tdiv_qr(q, r, t, b);
        mpz_set(t, b);
    } else {
        mpz_mul_2exp(t, b, (mp_bitcnt_t)-s);
        mpz_tdiv_qr(q, r, a, t);
    }
    mpz_mul_2exp(r, r, 1);          /* compare the remainder with half the divisor t */
    int c = mpz_cmp(r, t);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    /* rounding up may carry into a new bit: q == 2^prec is still exact */
    double d = (long)mpz_sizeinbase(q, 2) - 1 + E > f->emax
                   ? HUGE_VAL
                   : ldexp(mpz_get_d(q), (int)E);
    mpz_clears(q, r, t, NULL);
    return d;
}

/* num/den * 2^shift rounded to f, with num's sign; den NULL means 1. */
static double round_signed(const mpz_t num, const mpz_t den, long shift, const FloatFormat *f)
{
    if (mpz_sgn(num) == 0)
        return 0;
    mpz_t a, one;
    mpz_init(a);
    mpz_init_set_ui(one, 1);
    mpz_abs(a, num);
    double d = round_mag(a, den ? den : one, shift, f);
    mpz_clears(a, one, NULL);
    return mpz_sgn(num) < 0 ? -d : d;
}

static double round_rat(const mpq_t q, const FloatFormat *f)
{
    return round_signed(mpq_numref(q), mpq_denref(q), 0, f);
}

/* The real part of a numeric x rounded to f (±HUGE_VAL on overflow). */
static double round_real(const ConstVal *x, const FloatFormat *f)
{
    switch (x->kind) {
    case CV_INT:     return round_signed(x->i, NULL, 0, f);
    case CV_FLOAT:
    case CV_COMPLEX: return round_rat(x->re, f);
    default:         return 0;
    }
}

double const_float64(const ConstVal *x)
{
    return round_real(x, &float64_format);
}

/* Rounding straight to float32's format, not via float64: no double rounding. */
float const_float32(const ConstVal *x)
{
    return (float)round_real(x, &float32_format);
}

double const_imag64(const ConstVal *x)
{
    return x->kind == CV_COMPLEX ? round_rat(x->im, &float64_format) : 0;
}

/* ---- Representability ---- */

static const struct { int bits, is_signed; } int_reprs[] = {
    [CR_INT8]   = { 8, 1 },  [CR_INT16]  = { 16, 1 },
    [CR_INT32]  = { 32, 1 }, [CR_INT64]  = { 64, 1 },
    [CR_UINT8]  = { 8, 0 },  [CR_UINT16] = { 16, 0 },
    [CR_UINT32] = { 32, 0 }, [CR_UINT64] = { 64, 0 },
};

static int fits_bits(const mpz_t z, int bits, int is_signed)
{
    if (!is_signed)
        return mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= (size_t)bits;
    if (mpz_sgn(z) >= 0)
        return mpz_sizeinbase(z, 2) <= (size_t)bits - 1;
    /* z >= -2^(bits-1)  <=>  -z-1 < 2^(bits-1) */
    mpz_t t;
    mpz_init(t);
    mpz_com(t, z);
    int ok = mpz_sizeinbase(t, 2) <= (size_t)bits - 1;
    mpz_clear(t);
    return ok;
}

int const_fits_int64(const ConstVal *x)
{
    return x->kind == CV_INT && fits_bits(x->i, 64, 1);
}

int const_fits_uint64(const ConstVal *x)
{
    return x->kind == CV_INT && fits_bits(x->i, 64, 0);
}

/*
 * go words the failure by the operand's kind, not by its value
 * (types2's representation): a float or complex operand that cannot
 * become an integer is "truncated" even when it is integral and merely
 * too large (int8(1e10)); everything else is "overflows", including a
 * complex with a non-zero imaginary part for a float type.
 */
static ConstFit represent_int(ConstArena *ca, const ConstVal *x, ConstRepr r, ConstVal **out)
{
    ConstFit fail = x->kind == CV_INT ? CF_OVERFLOW : CF_TRUNCATED;
    ConstVal *v = const_to_kind(ca, x, CV_INT);
    if (v == NULL || !fits_bits(v->i, int_reprs[r].bits, int_reprs[r].is_signed))
        return fail;
    *out = v;
    return CF_OK;
}

/* *out is x's value as the float type holds it: the rounded double, exactly. */
static ConstFit represent_float(ConstArena *ca, const ConstVal *x, const FloatFormat *f,
                                ConstVal **out)
{
    if (x->kind == CV_COMPLEX && mpq_sgn(x->im) != 0)
        return CF_OVERFLOW;
    double d = round_real(x, f);
    if (isinf(d))
        return CF_OVERFLOW;
    *out = const_make_float64(ca, d);
    return CF_OK;
}

static ConstFit represent_complex(ConstArena *ca, const ConstVal *x, const FloatFormat *f,
                                  ConstVal **out)
{
    double re = round_real(x, f);
    double im = x->kind == CV_COMPLEX ? round_rat(x->im, f) : 0;
    if (isinf(re) || isinf(im))
        return CF_OVERFLOW;
    ConstVal *v = new_val(ca, CV_COMPLEX);
    mpq_set_d(v->re, re);
    mpq_set_d(v->im, im);
    *out = v;
    return CF_OK;
}

/*
 * An unknown value is representable in everything, to silence follow-on
 * errors as go does. Bool and string values are not numeric and give
 * CF_OVERFLOW: the checker reports those mismatches itself.
 */
ConstFit const_represent(ConstArena *ca, const ConstVal *x, ConstRepr r, ConstVal **out)
{
    ConstVal *v = NULL;
    ConstFit fit;
    if (x->kind == CV_UNKNOWN) {
        v = const_unknown(ca);
        fit = CF_OK;
    } else if (!is_numeric(x->kind)) {
        fit = CF_OVERFLOW;
    } else if (r <= CR_UINT64) {
        fit = represent_int(ca, x, r, &v);
    } else if (r == CR_FLOAT32 || r == CR_FLOAT64) {
        fit = represent_float(ca, x, r == CR_FLOAT32 ? &float32_format : &float64_format, &v);
    } else {
        fit = represent_complex(ca, x, r == CR_COMPLEX64 ? &float32_format : &float64_format, &v);
    }
    if (fit == CF_OK && out)
        *out = v;
    return fit;
}

/* ---- Machine values ---- */

/* The low 64 bits of z in two's complement: go's uint64(x) wraps the same way. */
static uint64_t low64(const mpz_t z)
{
    uint64_t u = 0;
    mpz_t t;
    mpz_init(t);
    mpz_fdiv_r_2exp(t, z, 64);      /* 0 <= t < 2^64 */
    mpz_export(&u, NULL, -1, sizeof u, 0, 0, t);
    mpz_clear(t);
    return u;
}

/* An integer view of x: CV_INT, or the truncated real part of a float. */
static uint64_t int_bits(const ConstVal *x)
{
    if (x->kind == CV_INT)
        return low64(x->i);
    if (x->kind == CV_FLOAT || x->kind == CV_COMPLEX) {
        mpz_t z;
        mpz_init(z);
        mpz_tdiv_q(z, mpq_numref(x->re), mpq_denref(x->re));
        uint64_t u = low64(z);
        mpz_clear(z);
        return u;
    }
    return 0;
}

int64_t const_int64(const ConstVal *x)
{
    return (int64_t)int_bits(x);    /* two's complement conversion, as gcc defines it */
}

uint64_t const_uint64(const ConstVal *x)
{
    return int_bits(x);
}

/* ---- go/constant's String ---- */

/* Class of a non-ASCII rune in uniclass_tab: the last entry at or below r
 * (the same lookup lexer.re makes). Class 0 is "not printable". */
static int uniclass(uint32_t r)
{
    size_t lo = 0, hi = sizeof uniclass_tab / sizeof uniclass_tab[0];
    if (r < uniclass_tab[0] >> 2)
        return 0;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (uniclass_tab[mid] >> 2 <= r)
            lo = mid;
        else
            hi = mid;
    }
    return (int)(uniclass_tab[lo] & 3);
}

/* strconv.IsPrint */
static int is_print(uint32_t r)
{
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    return uniclass(r) != 0;
}

/* One rune as strconv.Quote writes it. */
static void quote_rune(Buf *b, uint32_t r, int width, unsigned char byte)
{
    static const char esc[] = "\aa\bb\ff\nn\rr\tt\vv";
    if (r == RUNE_ERROR && width == 1) {
        buf_printf(b, "\\x%02x", byte);
        return;
    }
    if (r == '"' || r == '\\') {
        buf_putc(b, '\\');
        buf_putc(b, (char)r);
        return;
    }
    if (is_print(r)) {
        char enc[UTF8_MAX];
        buf_add(b, enc, (size_t)utf8_encode(enc, r));
        return;
    }
    for (const char *e = esc; *e; e += 2) {
        if (r == (unsigned char)e[0]) {
            buf_putc(b, '\\');
            buf_putc(b, e[1]);
            return;
        }
    }
    if (r < ' ' || r == 0x7F)
        buf_printf(b, "\\x%02x", r);
    else if (r < 0x10000)
        buf_printf(b, "\\u%04x", r);
    else
        buf_printf(b, "\\U%08x", r);
}

/*
 * strconv.Quote(s), shortened as go/constant does: a quoted form of more
 * than 72 runes keeps its first 69 and ends in "...". The quoted form is
 * valid UTF-8, so its runes are its non-continuation bytes.
 */
static void put_quoted(Buf *b, const char *s, size_t n)
{
    enum { MAX_LEN = 72 };
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    size_t start = b->n, runes = 0, cut = 0;

    buf_putc(b, '"');
    while (p < end) {
        int w;
        uint32_t r = (uint32_t)utf8_decode(p, end, &w);
        quote_rune(b, r, w, *p);
        p += w;
    }
    buf_putc(b, '"');
    for (size_t k = start; k < b->n; k++) {
        if (((unsigned char)b->s[k] & 0xC0) == 0x80)
            continue;
        if (runes++ == MAX_LEN - 3)
            cut = k;
    }
    if (runes > MAX_LEN) {
        b->n = cut;
        buf_puts(b, "...");
    }
}

/*
 * go/constant formats a float through float64 with %.6g, C's %.6g being
 * the same format. Out of float64's range (including nonzero values that
 * round to 0) it approximates m·10^e from the binary exponent exactly as
 * floatVal.String does, so that 1e1000 prints as 1e+1000.
 */
static void put_float(Buf *b, const mpq_t q)
{
    static const double log10_2 = 0.301029995663981195213738894724493026768189881462;
    double d = round_rat(q, &float64_format);
    if (mpq_sgn(q) == 0 || (d != 0 && !isinf(d))) {
        buf_printf(b, "%.6g", d);
        return;
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, mpq_numref(q));
    long exp = floor_log2(a, mpq_denref(q)) + 1;   /* |q| = mant·2^exp, 0.5 <= mant < 1 */
    mpz_clear(a);
    double m = round_signed(mpq_numref(q), mpq_denref(q), -exp, &float64_format);
    double dd = (double)exp * log10_2;
    int64_t e = (int64_t)dd;
    m *= pow(10, dd - (double)e);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {
        /* %.6g rounds to 5 decimals: keep m*10 below 10 after rounding */
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    buf_printf(b, "%.6ge%+" PRId64, m, e);
}

static void put_int(Buf *b, const mpz_t z)
{
    char *s = xmalloc(mpz_sizeinbase(z, 10) + 2);
    mpz_get_str(s, 10, z);
    buf_puts(b, s);
    free(s);
}

void const_string_go(Buf *b, const ConstVal *x)
{
    switch (x->kind) {
    case CV_UNKNOWN: buf_puts(b, "unknown"); break;
    case CV_BOOL:    buf_puts(b, x->b ? "true" : "false"); break;
    case CV_STRING:  put_quoted(b, x->s, x->slen); break;
    case CV_INT:     put_int(b, x->i); break;
    case CV_FLOAT:   put_float(b, x->re); break;
    case CV_COMPLEX:
        buf_putc(b, '(');
        put_float(b, x->re);
        buf_puts(b, " + ");
        put_float(b, x->im);
        buf_puts(b, "i)");
        break;
    }
}
