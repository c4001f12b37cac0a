/*
 * gomath.h — Go 1.19's math package on linux/amd64, bit for bit: Go's own
 * algorithms (the .go files of package math, and the amd64 assembly of Exp, Log, Hypot, Max and
 * Min) ported to C, because the C library's functions round differently in
 * the last place and the difference shows when a result is printed.
 * Functions whose result is exact whatever the algorithm (Sqrt, Floor,
 * Ceil, Trunc, FMA, Frexp) use the C library.
 */
#ifndef GOLITE_GOMATH_H
#define GOLITE_GOMATH_H

#include <stdint.h>

double gomath_nan(void);    /* math.NaN(): bits 0x7FF8000000000001 */
double gomath_exp(double x);
double gomath_exp2(double x);
double gomath_expm1(double x);
double gomath_log(double x);
double gomath_log2(double x);
double gomath_log10(double x);
double gomath_log1p(double x);
double gomath_pow(double x, double y);
double gomath_pow10(int64_t n);
double gomath_sin(double x);
double gomath_cos(double x);
double gomath_tan(double x);
void gomath_sincos(double x, double *s, double *c);
double gomath_asin(double x);
double gomath_acos(double x);
double gomath_atan(double x);
double gomath_atan2(double y, double x);
double gomath_sinh(double x);
double gomath_cosh(double x);
double gomath_tanh(double x);
double gomath_asinh(double x);
double gomath_acosh(double x);
double gomath_atanh(double x);
double gomath_cbrt(double x);
double gomath_hypot(double p, double q);
double gomath_mod(double x, double y);
double gomath_modf(double f, double *frac);
double gomath_remainder(double x, double y);
double gomath_ldexp(double frac, int64_t exp);
double gomath_frexp(double f, int64_t *exp);
double gomath_logb(double x);
int64_t gomath_ilogb(double x);
double gomath_max(double x, double y);
double gomath_min(double x, double y);
double gomath_dim(double x, double y);
double gomath_round(double x);
double gomath_round_to_even(double x);
double gomath_nextafter(double x, double y);
float gomath_nextafter32(float x, float y);
double gomath_erf(double x);
double gomath_erfc(double x);
double gomath_erfinv(double x);
double gomath_erfcinv(double x);
double gomath_gamma(double x);
double gomath_lgamma(double x, int64_t *sign);
/* gomath_bessel.c */
double gomath_j0(double x);
double gomath_j1(double x);
double gomath_jn(int64_t n, double x);
double gomath_y0(double x);
double gomath_y1(double x);
double gomath_yn(int64_t n, double x);

#endif
