/*
 * const.h — exact values of Go constants.
 *
 * Untyped and typed constants are computed exactly, as the spec requires:
 * integers with arbitrary precision (GMP mpz), floats as exact rationals
 * (GMP mpq) so that 0.1 + 0.2 == 0.3, complex numbers as two rationals.
 * A ConstVal is immutable once made; every operation returns a new value
 * allocated in the Arena given (GMP limbs are freed with const_arena_free).
 *
 * Representability (const_represent) is where typed constants meet machine
 * types: integers must fit, floats round to float32/float64 (overflow is an
 * error; underflow rounds to 0), complex parts likewise.
 */
#ifndef GOLITE_CONST_H
#define GOLITE_CONST_H

#include <stdint.h>
#include <gmp.h>

#include "util/buf.h"
#include "util/mem.h"

typedef enum ConstKind {
    CV_UNKNOWN,         /* the result of an erroneous operation; silences follow-on errors */
    CV_BOOL,
    CV_STRING,
    CV_INT,
    CV_FLOAT,
    CV_COMPLEX,
} ConstKind;

typedef struct ConstVal {
    ConstKind kind;
    int b;                  /* CV_BOOL */
    const char *s;          /* CV_STRING: bytes (may contain NUL) */
    size_t slen;
    mpz_t i;                /* CV_INT */
    mpq_t re, im;           /* CV_FLOAT uses re; CV_COMPLEX uses both */
} ConstVal;

/* A registry of GMP allocations so an arena-allocated ConstVal can be freed. */
typedef struct ConstArena {
    Arena *arena;
    PtrVec vals;
} ConstArena;

void const_arena_init(ConstArena *ca, Arena *arena);
void const_arena_free(ConstArena *ca);

ConstVal *const_unknown(ConstArena *ca);
ConstVal *const_bool(ConstArena *ca, int b);
ConstVal *const_string(ConstArena *ca, const char *s, size_t n);
/* The constructors for machine values are const_make_*: const_int64 and
 * friends below read machine values back out (go's MakeInt64 / Int64Val). */
ConstVal *const_make_int64(ConstArena *ca, int64_t v);
ConstVal *const_make_uint64(ConstArena *ca, uint64_t v);
ConstVal *const_make_float64(ConstArena *ca, double v);  /* v must be finite */

/* Literal text as the lexer accepted it: "0x1p-2", "1_000", "0o17", "017",
 * "1e3i", "'\\n'" (CHAR gives an int value), "\"a\\tb\"" or raw strings.
 * tk is TK_INT, TK_FLOAT, TK_IMAG, TK_CHAR or TK_STRING. Never fails on
 * lexer-approved text, except that a float whose exponent passes 10^±1e6
 * (2^±4e6 for hex mantissas) gives CV_UNKNOWN instead of a huge fraction. */
ConstVal *const_from_literal(ConstArena *ca, int tk, const char *lit, size_t len);

/*
 * Operations. op is a lexer token kind (TK_ADD, TK_SUB, ..., TK_EQL, ...,
 * TK_LAND, TK_LOR, TK_NOT, TK_XOR for unary ^). Operands have already been
 * brought to a common kind by the checker (const_to_kind) except for shifts.
 * Integer division truncates (TK_QUO on two CV_INT); the checker decides
 * whether an untyped division is integer or float by the operand kinds.
 * Division by zero is the caller's check (const_is_zero).
 *
 * const_unary's prec: for unary ^ on typed unsigned constants the result is
 * masked to prec bits (0 = untyped / signed: ^x == -x-1).
 */
ConstVal *const_unary(ConstArena *ca, int op, const ConstVal *x, int prec);
ConstVal *const_binary(ConstArena *ca, int op, const ConstVal *x, const ConstVal *y);
/* x << s or x >> s for an integer x and a non-negative shift count s. */
ConstVal *const_shift(ConstArena *ca, int op, const ConstVal *x, uint64_t s);
/* TK_EQL NEQ LSS LEQ GTR GEQ; returns 0/1. */
int       const_compare(int op, const ConstVal *x, const ConstVal *y);

/* Converts between numeric kinds (CV_INT <-> CV_FLOAT <-> CV_COMPLEX).
 * Returns NULL when the value cannot be represented in the target kind
 * exactly: float -> int needs an integral value; complex -> float/int needs
 * a zero imaginary part. */
ConstVal *const_to_kind(ConstArena *ca, const ConstVal *x, ConstKind k);

int  const_is_zero(const ConstVal *x);
int  const_sign(const ConstVal *x);         /* -1, 0, 1 for INT and FLOAT */
int  const_is_integral(const ConstVal *x);  /* INT, or FLOAT/COMPLEX with integral real and zero imag */

/* Representability in a basic machine type. */
typedef enum ConstRepr {
    CR_INT8, CR_INT16, CR_INT32, CR_INT64,
    CR_UINT8, CR_UINT16, CR_UINT32, CR_UINT64,
    CR_FLOAT32, CR_FLOAT64, CR_COMPLEX64, CR_COMPLEX128,
} ConstRepr;

typedef enum ConstFit {
    CF_OK,
    CF_OVERFLOW,        /* integer out of range, or float overflows to infinity */
    CF_TRUNCATED,       /* a CV_FLOAT/CV_COMPLEX value for an integer type that
                           is not integral or does not fit: go's "truncated"
                           depends on the operand's kind, not on why */
} ConstFit;

/* Checks whether x is representable in r; on CF_OK *out (if out) receives
 * the value as that type holds it (floats rounded to float32/float64,
 * integral floats converted to CV_INT for integer targets). */
ConstFit const_represent(ConstArena *ca, const ConstVal *x, ConstRepr r, ConstVal **out);

/* Machine values (valid after a successful const_represent). */
int64_t  const_int64(const ConstVal *x);
uint64_t const_uint64(const ConstVal *x);
double   const_float64(const ConstVal *x);      /* correctly rounded */
float    const_float32(const ConstVal *x);      /* correctly rounded */
double   const_imag64(const ConstVal *x);
int      const_fits_int64(const ConstVal *x);
int      const_fits_uint64(const ConstVal *x);

/* The value as go/constant's Value.String prints it in error messages:
 * ints in full decimal, floats like %.6g of the value (e.g. 1e+100, 0.1),
 * complexes as (re + imi), strings quoted and shortened as go does, bools. */
void const_string_go(Buf *b, const ConstVal *x);

#endif
