/*
 * native_math.c — package math, all 67 functions native. Results are Go's
 * to the last bit: runtime/gomath.c ports Go's algorithms, and the C
 * library is used only where any correct algorithm gives the same bits
 * (Sqrt, Floor, Ceil, Trunc, FMA, Abs, Copysign).
 */
#include <math.h>

#include "runtime/gomath.h"
#include "stdlib/native.h"

#define F1(name, expr) \
    static void name(G *g, uint64_t *a) { double x = nat_f64(a, 0); ret_f64(a, 0, expr); }
#define F2(name, expr) \
    static void name(G *g, uint64_t *a) { double x = nat_f64(a, 0), y = nat_f64(a, 1); ret_f64(a, 0, expr); }

static uint64_t bits(double f) { uint64_t u; memcpy(&u, &f, 8); return u; }

F1(Abs, fabs(x))
F1(Acos, gomath_acos(x))
F1(Acosh, gomath_acosh(x))
F1(Asin, gomath_asin(x))
F1(Asinh, gomath_asinh(x))
F1(Atan, gomath_atan(x))
F2(Atan2, gomath_atan2(x, y))
F1(Atanh, gomath_atanh(x))
F1(Cbrt, gomath_cbrt(x))
F1(Ceil, ceil(x))
F2(Copysign, copysign(x, y))
F1(Cos, gomath_cos(x))
F1(Cosh, gomath_cosh(x))
F2(Dim, gomath_dim(x, y))
F1(Erf, gomath_erf(x))
F1(Erfc, gomath_erfc(x))
F1(Erfcinv, gomath_erfcinv(x))
F1(Erfinv, gomath_erfinv(x))
F1(Exp, gomath_exp(x))
F1(Exp2, gomath_exp2(x))
F1(Expm1, gomath_expm1(x))
F1(Floor, floor(x))
F1(Gamma, gomath_gamma(x))
F2(Hypot, gomath_hypot(x, y))
F1(Log, gomath_log(x))
F1(Log10, gomath_log10(x))
F1(Log1p, gomath_log1p(x))
F1(Log2, gomath_log2(x))
F1(Logb, gomath_logb(x))
F2(Max, gomath_max(x, y))
F2(Min, gomath_min(x, y))
F2(Mod, gomath_mod(x, y))
F2(Nextafter, gomath_nextafter(x, y))
F2(Pow, gomath_pow(x, y))
F2(Remainder, gomath_remainder(x, y))
F1(Round, gomath_round(x))
F1(RoundToEven, gomath_round_to_even(x))
F1(Sin, gomath_sin(x))
F1(Sinh, gomath_sinh(x))
F1(Sqrt, sqrt(x))
F1(Tan, gomath_tan(x))
F1(Tanh, gomath_tanh(x))
F1(Trunc, trunc(x))

F1(J0, gomath_j0(x))
F1(J1, gomath_j1(x))
F1(Y0, gomath_y0(x))
F1(Y1, gomath_y1(x))

/* func Jn(n int, x float64) float64 */
static void Jn(G *g, uint64_t *a) { ret_f64(a, 0, gomath_jn((int64_t)a[0], nat_f64(a, 1))); }
static void Yn(G *g, uint64_t *a) { ret_f64(a, 0, gomath_yn((int64_t)a[0], nat_f64(a, 1))); }

/* func FMA(x, y, z float64) float64 */
static void FMA(G *g, uint64_t *a) { ret_f64(a, 0, fma(nat_f64(a, 0), nat_f64(a, 1), nat_f64(a, 2))); }

static void Float32bits(G *g, uint64_t *a) { a[0] = (uint32_t)a[0]; }
static void Float32frombits(G *g, uint64_t *a) { a[0] = (uint32_t)a[0]; }
static void Float64bits(G *g, uint64_t *a) { (void)a; }
static void Float64frombits(G *g, uint64_t *a) { (void)a; }

/* func Frexp(f float64) (frac float64, exp int) */
static void Frexp(G *g, uint64_t *a)
{
    int64_t e;
    ret_f64(a, 0, gomath_frexp(nat_f64(a, 0), &e));
    a[1] = (uint64_t)e;
}

static void Ilogb(G *g, uint64_t *a) { a[0] = (uint64_t)gomath_ilogb(nat_f64(a, 0)); }

/* func Inf(sign int) float64 */
static void Inf(G *g, uint64_t *a) { ret_f64(a, 0, (int64_t)a[0] >= 0 ? INFINITY : -INFINITY); }

/* func IsInf(f float64, sign int) bool */
static void IsInf(G *g, uint64_t *a)
{
    double f = nat_f64(a, 0);
    int64_t sign = (int64_t)a[1];
    a[0] = (sign >= 0 && f > 0x1.fffffffffffffp+1023) || (sign <= 0 && f < -0x1.fffffffffffffp+1023);
}

static void IsNaN(G *g, uint64_t *a) { double f = nat_f64(a, 0); a[0] = f != f; }

/* func Ldexp(frac float64, exp int) float64 */
static void Ldexp(G *g, uint64_t *a) { ret_f64(a, 0, gomath_ldexp(nat_f64(a, 0), (int64_t)a[1])); }

/* func Lgamma(x float64) (lgamma float64, sign int) */
static void Lgamma(G *g, uint64_t *a)
{
    int64_t sign;
    ret_f64(a, 0, gomath_lgamma(nat_f64(a, 0), &sign));
    a[1] = (uint64_t)sign;
}

/* func Modf(f float64) (int float64, frac float64) */
static void Modf(G *g, uint64_t *a)
{
    double frac, i = gomath_modf(nat_f64(a, 0), &frac);
    ret_f64(a, 0, i);
    ret_f64(a, 1, frac);
}

static void NaN(G *g, uint64_t *a) { ret_f64(a, 0, gomath_nan()); }

/* func Nextafter32(x, y float32) (r float32) */
static void Nextafter32(G *g, uint64_t *a) { ret_f32(a, 0, gomath_nextafter32(nat_f32(a, 0), nat_f32(a, 1))); }

static void Pow10(G *g, uint64_t *a) { ret_f64(a, 0, gomath_pow10((int64_t)a[0])); }
static void Signbit(G *g, uint64_t *a) { a[0] = bits(nat_f64(a, 0)) >> 63; }

/* func Sincos(x float64) (sin, cos float64) */
static void Sincos(G *g, uint64_t *a)
{
    double s, c;
    gomath_sincos(nat_f64(a, 0), &s, &c);
    ret_f64(a, 0, s);
    ret_f64(a, 1, c);
}

#define N(f) { "math." #f, f }

const NativeDef natives_math[] = {
    N(Abs), N(Acos), N(Acosh), N(Asin), N(Asinh), N(Atan), N(Atan2), N(Atanh), N(Cbrt), N(Ceil),
    N(Copysign), N(Cos), N(Cosh), N(Dim), N(Erf), N(Erfc), N(Erfcinv), N(Erfinv), N(Exp),
    N(Exp2), N(Expm1), N(FMA), N(Float32bits), N(Float32frombits), N(Float64bits),
    N(Float64frombits), N(Floor), N(Frexp), N(Gamma), N(Hypot), N(Ilogb), N(Inf), N(IsInf),
    N(IsNaN), N(J0), N(J1), N(Jn), N(Ldexp), N(Lgamma), N(Log), N(Log10), N(Log1p), N(Log2),
    N(Logb), N(Max), N(Min), N(Mod), N(Modf), N(NaN), N(Nextafter), N(Nextafter32), N(Pow),
    N(Pow10), N(Remainder), N(Round), N(RoundToEven), N(Signbit), N(Sin), N(Sincos), N(Sinh),
    N(Sqrt), N(Tan), N(Tanh), N(Trunc), N(Y0), N(Y1), N(Yn),
    { NULL, NULL },
};
