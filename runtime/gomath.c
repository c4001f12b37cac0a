/*
 * gomath.c — Go 1.19's math functions ported from its sources (Copyright
 * The Go Authors, BSD licence; the algorithms are FreeBSD's msun and
 * Cephes, as Go credits them), so results agree with go to the last bit.
 *
 * On amd64 Go runs assembly for Exp, Log, Hypot, Max and Min (exp_amd64.s,
 * log_amd64.s, hypot_amd64.s, dim_amd64.s); those are ported instruction by
 * instruction, including Exp's two paths: with fused multiply-add when the
 * CPU has AVX and FMA (as Go's useFMA), plain SSE2 arithmetic otherwise.
 * Everything else follows the .go files of package math.
 *
 * What must stay true: every operation rounds as Go's does. Constant
 * expressions Go folds exactly (4/Pi, 1/Ln10, ...) are written as their
 * rounded hexadecimal values; the compiler must not contract a*b+c into a
 * fused multiply-add (FP_CONTRACT off below), and on x86-64 double
 * arithmetic is SSE2, without excess precision.
 */
#include "runtime/gomath.h"

#include <math.h>
#include <string.h>

#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#if defined(__x86_64__)
#include <emmintrin.h>
#endif

#define PI 3.14159265358979323846264338327950288419716939937510582097494459
#define LN2 0.693147180559945309417232121458176568075500134360255254120680009
#define PI_2 0x1.921fb54442d18p+00      /* Pi/2 */
#define PI_4 0x1.921fb54442d18p-01      /* Pi/4 */
#define FOUR_OVER_PI 0x1.45f306dc9c883p+00
#define THREE_PI_4 0x1.2d97c7f3321d2p+01
#define INV_LN10 0x1.bcb7b1526e50ep-02
#define INV_LN2 0x1.71547652b82fep+00
#define MAX_FLOAT64 0x1.fffffffffffffp+1023

static const uint64_t uvinf = 0x7FF0000000000000ULL, uvneginf = 0xFFF0000000000000ULL;
enum { MASK = 0x7FF, SHIFT = 52, BIAS = 1023 };

static uint64_t bits(double f)
{
    uint64_t u;
    memcpy(&u, &f, 8);
    return u;
}

static double frombits(uint64_t u)
{
    double f;
    memcpy(&f, &u, 8);
    return f;
}

double gomath_nan(void) { return frombits(0x7FF8000000000001ULL); }
static double inf(int sign) { return frombits(sign >= 0 ? uvinf : uvneginf); }
static int isnan_(double f) { return f != f; }
static int isinf_(double f, int sign)
{
    return (sign >= 0 && f > MAX_FLOAT64) || (sign <= 0 && f < -MAX_FLOAT64);
}
static double abs_(double x) { return frombits(bits(x) & ~(1ULL << 63)); }
static double copysign_(double f, double s)
{
    return frombits((bits(f) & ~(1ULL << 63)) | (bits(s) & (1ULL << 63)));
}
static int signbit_(double x) { return (bits(x) >> 63) != 0; }

/* normalize: a subnormal x scaled to a normal number and its exponent. */
static double normalize(double x, int64_t *exp)
{
    if (abs_(x) < 2.2250738585072014e-308) {
        *exp = -52;
        return x * 0x1p52;
    }
    *exp = 0;
    return x;
}

double gomath_frexp(double f, int64_t *exp)
{
    int e;
    if (f == 0 || isinf_(f, 0) || isnan_(f)) {
        *exp = 0;
        return f;
    }
    double r = frexp(f, &e);    /* exact, as Go's */
    *exp = e;
    return r;
}

double gomath_ldexp(double frac, int64_t exp)
{
    if (frac == 0 || isinf_(frac, 0) || isnan_(frac))
        return frac;
    int64_t e;
    frac = normalize(frac, &e);
    exp += e;
    uint64_t x = bits(frac);
    exp += (int64_t)((x >> SHIFT) & MASK) - BIAS;
    if (exp < -1075)
        return copysign_(0, frac);
    if (exp > 1023)
        return frac < 0 ? inf(-1) : inf(1);
    double m = 1;
    if (exp < -1022) {          /* denormal */
        exp += 53;
        m = 0x1p-53;
    }
    x &= ~((uint64_t)MASK << SHIFT);
    x |= (uint64_t)(exp + BIAS) << SHIFT;
    return m * frombits(x);
}

double gomath_modf(double f, double *frac)
{
    if (f < 1) {
        if (f < 0) {
            double i = gomath_modf(-f, frac);
            *frac = -*frac;
            return -i;
        }
        if (f == 0) {
            *frac = f;
            return f;
        }
        *frac = f;
        return 0;
    }
    uint64_t x = bits(f);
    unsigned e = (unsigned)((x >> SHIFT) & MASK) - BIAS;
    if (e < 64 - 12)
        x &= ~((1ULL << (64 - 12 - e)) - 1);
    double i = frombits(x);
    *frac = f - i;
    return i;
}

/* ---- amd64 assembly ---- */

/* Go's useFMA (cpu.X86.HasAVX && cpu.X86.HasFMA). The CPU model is filled
 * in by libgcc's constructor before main, so this only reads it. */
static int use_fma(void)
{
#if defined(__x86_64__) && defined(__GNUC__)
    return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
#else
    return 0;
#endif
}

/* CVTSD2SL: round to nearest even; out of range gives INT32_MIN. */
static int32_t cvtsd2sl(double x)
{
#if defined(__x86_64__)
    return _mm_cvtsd_si32(_mm_set_sd(x));
#else
    double r = nearbyint(x);
    return r >= -2147483648.0 && r < 2147483648.0 ? (int32_t)r : INT32_MIN;
#endif
}

/* exp_amd64.s: Shibata's method, Taylor series on x/16 then squared. */
double gomath_exp(double x)
{
    const double LN2U = 0.69314718055966295651160180568695068359375;
    const double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
    const double c[] = { 0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
                         8.3333333333333333333e-3, 1.3888888888888888889e-3,
                         1.9841269841269841270e-4, 2.4801587301587301587e-5 };
    uint64_t bx = bits(x);
    if ((bx & ~(1ULL << 63)) >= uvinf)
        return bx == uvneginf ? 0 : x;  /* -Inf gives 0; NaN and +Inf themselves */
    if (x > 7.09782712893384e+02)
        return inf(1);
    int32_t k = cvtsd2sl(1.4426950408889634073599246810018920 * x);
    double fk = k, x0, x1;
    if (use_fma()) {
        x0 = fma(-LN2U, fk, x);
        x0 = fma(-LN2L, fk, x0);
        x0 *= 0.0625;
        x1 = c[8];
        for (int i = 7; i >= 3; i--)
            x1 = fma(x1, x0, c[i]);
        x1 = fma(x1, x0, c[0]);
        x1 = fma(x1, x0, c[1]);
        x0 *= x1;
        for (int i = 0; i < 3; i++) {
            x1 = x0 + c[2];
            x0 *= x1;
        }
        x1 = x0 + c[2];
        x0 = fma(x0, x1, c[1]);
    } else {
        x0 = x - LN2U * fk;
        x0 = x0 - LN2L * fk;
        x0 *= 0.0625;
        x1 = c[8];
        for (int i = 7; i >= 3; i--)
            x1 = x1 * x0 + c[i];
        x1 = x1 * x0 + c[0];
        x1 = x1 * x0 + c[1];
        x0 *= x1;
        for (int i = 0; i < 4; i++) {
            x1 = c[2] + x0;
            x0 *= x1;
        }
        x0 += c[1];
    }
    /* x0 * 2**k, through a denormal step when needed */
    uint32_t e = (uint32_t)k + 0x3FF;
    if ((int32_t)e <= 0) {
        if ((int32_t)e < -52)
            return 0;
        e += 0x3FE;
        x0 *= frombits((uint64_t)e << 52);
        e = 1;
    } else if ((int32_t)e >= 0x7FF) {
        return inf(1);
    }
    return x0 * frombits((uint64_t)e << 52);
}

/* log_amd64.s: FreeBSD's log with the exponent split read from the bits. */
double gomath_log(double x)
{
    const double HSqrt2 = 7.07106781186547524401e-01, Ln2Hi = 6.93147180369123816490e-01,
                 Ln2Lo = 1.90821492927058770002e-10, L1 = 6.666666666666735130e-01,
                 L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
                 L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01,
                 L6 = 1.531383769920937332e-01, L7 = 1.479819860511658591e-01;
    uint64_t bx = bits(x);
    if ((bx & ~(1ULL << 63)) == 0)
        return inf(-1);
    if ((int64_t)bx < 0)
        return gomath_nan();
    if (bx >= uvinf)
        return x;
    double f1 = frombits((bx & 0x000FFFFFFFFFFFFFULL) | 0x3FE0000000000000ULL);
    double k = (double)((int32_t)((bx >> 52) & 0x7FF) - 0x3FE);
    if (f1 <= HSqrt2) {         /* CMPSD predicate not-less-than */
        k -= 1;
        f1 *= 2;
    }
    double f = f1 - 1;
    double s = f / (2 + f);
    double s2 = s * s, s4 = s2 * s2;
    double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
    double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
    double R = t1 + t2;
    double hfsq = 0.5 * f * f;
    return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

/* hypot_amd64.s: max * sqrt(1 + (min/max)**2). */
double gomath_hypot(double p, double q)
{
    uint64_t bp = bits(p) & ~(1ULL << 63), bq = bits(q) & ~(1ULL << 63);
    if (bp >= uvinf || bq >= uvinf)
        return bp == uvinf || bq == uvinf ? inf(1) : gomath_nan();
    if ((bp | bq) == 0)
        return 0;
    double a = frombits(bp), b = frombits(bq);
    double hi = a > b ? a : b, lo = a > b ? b : a;
    lo /= hi;
    lo *= lo;
    lo += 1.0;
    return hi * sqrt(lo);
}

/* dim_amd64.s */
double gomath_max(double x, double y)
{
    uint64_t bx = bits(x), by = bits(y);
    if (bx == uvinf || by == uvinf)
        return inf(1);
    if ((bx & ~(1ULL << 63)) > uvinf || (by & ~(1ULL << 63)) > uvinf)
        return gomath_nan();
    if (((bx | by) & ~(1ULL << 63)) == 0)
        return bx == 1ULL << 63 ? y : x;
    return x > y ? x : y;
}

double gomath_min(double x, double y)
{
    uint64_t bx = bits(x), by = bits(y);
    if (bx == uvneginf || by == uvneginf)
        return inf(-1);
    if ((bx & ~(1ULL << 63)) > uvinf || (by & ~(1ULL << 63)) > uvinf)
        return gomath_nan();
    if (((bx | by) & ~(1ULL << 63)) == 0)
        return bx == 1ULL << 63 ? x : y;
    return x < y ? x : y;
}

/* ---- exponentials and logarithms (exp.go, log10.go, log1p.go, expm1.go) ---- */

static double expmulti(double hi, double lo, int64_t k)
{
    const double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                 P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                 P5 = 4.13813679705723846039e-08;
    double r = hi - lo;
    double t = r * r;
    double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    return gomath_ldexp(y, k);
}

double gomath_exp2(double x)
{
    const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
    if (isnan_(x) || isinf_(x, 1))
        return x;
    if (isinf_(x, -1))
        return 0;
    if (x > 1.0239999999999999e+03)
        return inf(1);
    if (x < -1.0740e+03)
        return 0;
    int64_t k = 0;
    if (x > 0)
        k = (int64_t)(x + 0.5);
    else if (x < 0)
        k = (int64_t)(x - 0.5);
    double t = x - (double)k;
    return expmulti(t * Ln2Hi, -t * Ln2Lo, k);
}

double gomath_log10(double x) { return gomath_log(x) * INV_LN10; }

double gomath_log2(double x)
{
    int64_t exp;
    double frac = gomath_frexp(x, &exp);
    if (frac == 0.5)            /* exact powers of two */
        return (double)(exp - 1);
    return gomath_log(frac) * INV_LN2 + (double)exp;
}

double gomath_log1p(double x)
{
    const double Sqrt2M1 = 4.142135623730950488017e-01, Sqrt2HalfM1 = -2.928932188134524755992e-01,
                 Small = 0x1p-29, Tiny = 0x1p-54, Two53 = 0x1p53,
                 Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
                 Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01,
                 Lp3 = 2.857142874366239149e-01, Lp4 = 2.222219843214978396e-01,
                 Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
                 Lp7 = 1.479819860511658591e-01;
    if (x < -1 || isnan_(x))
        return gomath_nan();
    if (x == -1)
        return inf(-1);
    if (isinf_(x, 1))
        return inf(1);
    double absx = abs_(x), f = 0, c = 0;
    uint64_t iu = 0;
    int64_t k = 1;
    if (absx < Sqrt2M1) {
        if (absx < Small) {
            if (absx < Tiny)
                return x;
            return x - x * x * 0.5;
        }
        if (x > Sqrt2HalfM1) {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    if (k != 0) {
        double u;
        if (absx < Two53) {
            u = 1.0 + x;
            iu = bits(u);
            k = (int64_t)((iu >> 52) - 1023);
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
            c /= u;
        } else {
            u = x;
            iu = bits(u);
            k = (int64_t)((iu >> 52) - 1023);
            c = 0;
        }
        iu &= 0x000fffffffffffffULL;
        if (iu < 0x0006a09e667f3bcdULL) {
            u = frombits(iu | 0x3ff0000000000000ULL);
        } else {
            k++;
            u = frombits(iu | 0x3fe0000000000000ULL);
            iu = (0x0010000000000000ULL - iu) >> 2;
        }
        f = u - 1.0;
    }
    double hfsq = 0.5 * f * f, s, R, z;
    double fk = (double)k;
    if (iu == 0) {
        if (f == 0) {
            if (k == 0)
                return 0;
            c += fk * Ln2Lo;
            return fk * Ln2Hi + c;
        }
        R = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0)
            return f - R;
        return fk * Ln2Hi - ((R - (fk * Ln2Lo + c)) - f);
    }
    s = f / (2.0 + f);
    z = s * s;
    R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
    if (k == 0)
        return f - (hfsq - s * (hfsq + R));
    return fk * Ln2Hi - ((hfsq - (s * (hfsq + R) + (fk * Ln2Lo + c))) - f);
}

double gomath_expm1(double x)
{
    const double Othreshold = 7.09782712893383973096e+02, Ln2X56 = 3.88162421113569373274e+01,
                 Ln2HalfX3 = 1.03972077083991796413e+00, Ln2Half = 3.46573590279972654709e-01,
                 Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
                 InvLn2 = 1.44269504088896338700e+00, Tiny = 0x1p-54,
                 Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
                 Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
                 Q5 = -2.01099218183624371326e-07;
    if (isinf_(x, 1) || isnan_(x))
        return x;
    if (isinf_(x, -1))
        return -1;
    double absx = x;
    int sign = 0;
    if (x < 0) {
        absx = -absx;
        sign = 1;
    }
    if (absx >= Ln2X56) {
        if (sign)
            return -1;
        if (absx >= Othreshold)
            return inf(1);
    }
    double c = 0;
    int64_t k;
    if (absx > Ln2Half) {
        double hi, lo;
        if (absx < Ln2HalfX3) {
            if (!sign) {
                hi = x - Ln2Hi;
                lo = Ln2Lo;
                k = 1;
            } else {
                hi = x + Ln2Hi;
                lo = -Ln2Lo;
                k = -1;
            }
        } else {
            k = !sign ? (int64_t)(InvLn2 * x + 0.5) : (int64_t)(InvLn2 * x - 0.5);
            double t = (double)k;
            hi = x - t * Ln2Hi;
            lo = t * Ln2Lo;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (absx < Tiny) {
        return x;
    } else {
        k = 0;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0)
        return x - (x * e - hxs);
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1)
        return 0.5 * (x - e) - 0.5;
    if (k == 1) {
        if (x < -0.25)
            return -2 * (e - (x + 0.5));
        return 1 + 2 * (x - e);
    }
    if (k <= -2 || k > 56) {
        double y = 1 - (e - x);
        y = frombits(bits(y) + ((uint64_t)k << 52));
        return y - 1;
    }
    if (k < 20) {
        double tt = frombits(0x3ff0000000000000ULL - (0x20000000000000ULL >> k));
        double y = tt - (e - x);
        return frombits(bits(y) + ((uint64_t)k << 52));
    }
    double tt = frombits((uint64_t)(0x3ff - k) << 52);
    double y = x - (e + tt);
    y++;
    return frombits(bits(y) + ((uint64_t)k << 52));
}

static int is_odd_int(double x)
{
    double xf, xi = gomath_modf(x, &xf);
    return xf == 0 && ((int64_t)xi & 1) == 1;
}

double gomath_pow(double x, double y)
{
    if (y == 0 || x == 1)
        return 1;
    if (y == 1)
        return x;
    if (isnan_(x) || isnan_(y))
        return gomath_nan();
    if (x == 0) {
        if (y < 0)
            return is_odd_int(y) ? copysign_(inf(1), x) : inf(1);
        if (y > 0)
            return is_odd_int(y) ? x : 0;
    }
    if (isinf_(y, 0)) {
        if (x == -1)
            return 1;
        if ((abs_(x) < 1) == isinf_(y, 1))
            return 0;
        return inf(1);
    }
    if (isinf_(x, 0)) {
        if (isinf_(x, -1))
            return gomath_pow(1 / x, -y);   /* Pow(-0, -y) */
        if (y < 0)
            return 0;
        if (y > 0)
            return inf(1);
    }
    if (y == 0.5)
        return sqrt(x);
    if (y == -0.5)
        return 1 / sqrt(x);
    double yf, yi = gomath_modf(abs_(y), &yf);
    if (yf != 0 && x < 0)
        return gomath_nan();
    if (yi >= 0x1p63) {
        /* yi is a large even int that will lead to overflow (or underflow to 0)
         * for all x except -1 (x == 1 was handled earlier) */
        if (x == -1)
            return 1;
        if ((abs_(x) < 1) == (y > 0))
            return 0;
        return inf(1);
    }
    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = gomath_exp(yf * gomath_log(x));
    }
    int64_t xe;
    double x1 = gomath_frexp(x, &xe);
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            /* catastrophic overflow: the result is in range only when
             * a1*2**ae is; Ldexp sorts it out */
            ae += xe;
            break;
        }
        if ((i & 1) == 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe *= 2;    /* Go shifts; a negative left shift is undefined in C */
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    return gomath_ldexp(a1, ae);
}

double gomath_pow10(int64_t n)
{
    static const double tab[] = {
        1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14,
        1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
        1e30, 1e31,
    };
    static const double pos32[] = { 1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288 };
    static const double neg32[] = { 1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224,
                                    1e-256, 1e-288, 1e-320 };
    if (0 <= n && n <= 308)
        return pos32[n / 32] * tab[n % 32];
    if (-323 <= n && n <= 0)
        return neg32[-n / 32] / tab[-n % 32];
    return n > 0 ? inf(1) : 0;
}

/* ---- trigonometric functions (sin.go, tan.go, sincos.go, trig_reduce.go) ---- */

static const double sin_c[] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1,
};
static const double cos_c[] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
    2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};
#define PI4A 7.85398125648498535156e-1
#define PI4B 3.77489470793079817668e-8
#define PI4C 2.69515142907905952645e-15
#define REDUCE_THRESHOLD ((double)(1 << 29))

/* Payne-Hanek reduction for huge arguments: j is the octant, z in [0,Pi/4). */
static double trig_reduce(double x, uint64_t *jp)
{
    static const uint64_t mPi4[] = {
        0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
        0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
        0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
        0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
        0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
    };
    if (x < PI_4) {
        *jp = 0;
        return x;
    }
    uint64_t ix = bits(x);
    int exp = (int)((ix >> SHIFT) & MASK) - BIAS - SHIFT;
    ix &= ~((uint64_t)MASK << SHIFT);
    ix |= 1ULL << SHIFT;
    unsigned digit = (unsigned)(exp + 61) / 64, bitshift = (unsigned)(exp + 61) % 64;
    /* Go's shifts by 64 give 0; C's are undefined, hence the guards. */
#define SHR(v, n) ((n) >= 64 ? 0 : (v) >> (n))
    uint64_t z0 = (mPi4[digit] << bitshift) | SHR(mPi4[digit + 1], 64 - bitshift);
    uint64_t z1 = (mPi4[digit + 1] << bitshift) | SHR(mPi4[digit + 2], 64 - bitshift);
    uint64_t z2 = (mPi4[digit + 2] << bitshift) | SHR(mPi4[digit + 3], 64 - bitshift);
    unsigned __int128 p2 = (unsigned __int128)z2 * ix, p1 = (unsigned __int128)z1 * ix;
    uint64_t z2hi = (uint64_t)(p2 >> 64), z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
    uint64_t z0lo = z0 * ix;
    uint64_t lo = z1lo + z2hi;
    uint64_t carry = lo < z1lo;
    uint64_t hi = z0lo + z1hi + carry;
    uint64_t j = hi >> 61;
    hi = hi << 3 | lo >> 61;
    unsigned lz = hi ? (unsigned)__builtin_clzll(hi) : 64;
    uint64_t e = (uint64_t)(BIAS - (lz + 1));
    hi = (lz + 1 >= 64 ? 0 : hi << (lz + 1)) | SHR(lo, 64 - (lz + 1));
    hi >>= 64 - SHIFT;
    hi |= e << SHIFT;
#undef SHR
    double z = frombits(hi);
    if (j & 1) {
        j++;
        j &= 7;
        z--;
    }
    *jp = j;
    return z * PI_4;
}

/* Octant j and reduced z of x >= 0, as sin, cos and tan do it. */
static double reduce(double x, uint64_t *jp, int mask7)
{
    if (x >= REDUCE_THRESHOLD)
        return trig_reduce(x, jp);
    uint64_t j = (uint64_t)(x * FOUR_OVER_PI);
    double y = (double)j;
    if (j & 1) {                /* map zeros to the origin */
        j++;
        y++;
    }
    if (mask7)
        j &= 7;
    *jp = j;
    return ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

static double sin_poly(double z, double zz)
{
    return z + z * zz * ((((((sin_c[0] * zz) + sin_c[1]) * zz + sin_c[2]) * zz + sin_c[3]) * zz +
                          sin_c[4]) * zz + sin_c[5]);
}

static double cos_poly(double zz)
{
    return 1.0 - 0.5 * zz + zz * zz * ((((((cos_c[0] * zz) + cos_c[1]) * zz + cos_c[2]) * zz +
                                         cos_c[3]) * zz + cos_c[4]) * zz + cos_c[5]);
}

double gomath_cos(double x)
{
    if (isnan_(x) || isinf_(x, 0))
        return gomath_nan();
    int sign = 0;
    uint64_t j;
    double z = reduce(abs_(x), &j, 1);
    if (j > 3) {
        j -= 4;
        sign = !sign;
    }
    if (j > 1)
        sign = !sign;
    double zz = z * z;
    double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
    return sign ? -y : y;
}

double gomath_sin(double x)
{
    if (x == 0 || isnan_(x))
        return x;
    if (isinf_(x, 0))
        return gomath_nan();
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    uint64_t j;
    double z = reduce(x, &j, 1);
    if (j > 3) {
        sign = !sign;
        j -= 4;
    }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
    return sign ? -y : y;
}

void gomath_sincos(double x, double *sinp, double *cosp)
{
    if (x == 0) {
        *sinp = x;
        *cosp = 1;
        return;
    }
    if (isnan_(x) || isinf_(x, 0)) {
        *sinp = *cosp = gomath_nan();
        return;
    }
    int sin_sign = 0, cos_sign = 0;
    if (x < 0) {
        x = -x;
        sin_sign = 1;
    }
    uint64_t j;
    double z = reduce(x, &j, 1);
    if (j > 3) {
        j -= 4;
        sin_sign = !sin_sign;
        cos_sign = !cos_sign;
    }
    if (j > 1)
        cos_sign = !cos_sign;
    double zz = z * z;
    double c = cos_poly(zz), s = sin_poly(z, zz);
    if (j == 1 || j == 2) {
        double t = s;
        s = c;
        c = t;
    }
    *cosp = cos_sign ? -c : c;
    *sinp = sin_sign ? -s : s;
}

double gomath_tan(double x)
{
    static const double P[] = { -1.30936939181383777646e4, 1.15351664838587416140e6,
                                -1.79565251976484877988e7 };
    static const double Q[] = { 1.00000000000000000000e0, 1.36812963470692954678e4,
                                -1.32089234440210967447e6, 2.50083801823357915839e7,
                                -5.38695755929454629881e7 };
    if (x == 0 || isnan_(x))
        return x;
    if (isinf_(x, 0))
        return gomath_nan();
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    uint64_t j;
    double z = reduce(x, &j, 0), y;
    double zz = z * z;
    if (zz > 1e-14)
        y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) /
                     ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
    else
        y = z;
    if (j & 2)
        y = -1 / y;
    return sign ? -y : y;
}

/* ---- inverse trigonometric (atan.go, asin.go, atan2.go) ---- */

static double xatan(double x)
{
    const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                 P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                 P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                 Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                 Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) /
        (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    return x * z + x;
}

static double satan(double x)
{
    const double Morebits = 6.123233995736765886130e-17, Tan3pio8 = 2.41421356237309504880;
    if (x <= 0.66)
        return xatan(x);
    if (x > Tan3pio8)
        return PI_2 - xatan(1 / x) + Morebits;
    return PI_4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

double gomath_atan(double x)
{
    if (x == 0)
        return x;
    return x > 0 ? satan(x) : -satan(-x);
}

double gomath_asin(double x)
{
    if (x == 0)
        return x;
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    if (x > 1)
        return gomath_nan();
    double temp = sqrt(1 - x * x);
    if (x > 0.7)
        temp = PI_2 - satan(temp / x);
    else
        temp = satan(x / temp);
    return sign ? -temp : temp;
}

double gomath_acos(double x) { return PI_2 - gomath_asin(x); }

double gomath_atan2(double y, double x)
{
    if (isnan_(y) || isnan_(x))
        return gomath_nan();
    if (y == 0) {
        if (x >= 0 && !signbit_(x))
            return copysign_(0, y);
        return copysign_(PI, y);
    }
    if (x == 0)
        return copysign_(PI_2, y);
    if (isinf_(x, 0)) {
        if (isinf_(x, 1))
            return isinf_(y, 0) ? copysign_(PI_4, y) : copysign_(0, y);
        return isinf_(y, 0) ? copysign_(THREE_PI_4, y) : copysign_(PI, y);
    }
    if (isinf_(y, 0))
        return copysign_(PI_2, y);
    double q = gomath_atan(y / x);
    if (x < 0)
        return q <= 0 ? q + PI : q - PI;
    return q;
}

/* ---- hyperbolic (sinh.go, tanh.go, asinh.go, acosh.go, atanh.go) ---- */

double gomath_sinh(double x)
{
    const double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                 P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                 Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                 Q2 = -0.173678953558233699533450911e+3;
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    double temp;
    if (x > 21) {
        temp = gomath_exp(x) * 0.5;
    } else if (x > 0.5) {
        double ex = gomath_exp(x);
        temp = (ex - 1 / ex) * 0.5;
    } else {
        double sq = x * x;
        temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
        temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
    }
    return sign ? -temp : temp;
}

double gomath_cosh(double x)
{
    x = abs_(x);
    if (x > 21)
        return gomath_exp(x) * 0.5;
    double ex = gomath_exp(x);
    return (ex + 1 / ex) * 0.5;
}

double gomath_tanh(double x)
{
    static const double P[] = { -9.64399179425052238628e-1, -9.92877231001918586564e1,
                                -1.61468768441708447952e3 };
    static const double Q[] = { 1.12811678491632931402e2, 2.23548839060100448583e3,
                                4.84406305325125486048e3 };
    const double MAXLOG = 8.8029691931113054295988e+01;
    double z = abs_(x);
    if (z > 0.5 * MAXLOG)
        return x < 0 ? -1 : 1;
    if (z >= 0.625) {
        double s = gomath_exp(2 * z);
        z = 1 - 2 / (s + 1);
        return x < 0 ? -z : z;
    }
    if (x == 0)
        return x;
    double s = x * x;
    return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

double gomath_asinh(double x)
{
    const double Ln2 = 6.93147180559945286227e-01, NearZero = 0x1p-28, Large = 0x1p28;
    if (isnan_(x) || isinf_(x, 0))
        return x;
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    double temp;
    if (x > Large)
        temp = gomath_log(x) + Ln2;
    else if (x > 2)
        temp = gomath_log(2 * x + 1 / (sqrt(x * x + 1) + x));
    else if (x < NearZero)
        temp = x;
    else
        temp = gomath_log1p(x + x * x / (1 + sqrt(1 + x * x)));
    return sign ? -temp : temp;
}

double gomath_acosh(double x)
{
    if (x < 1 || isnan_(x))
        return gomath_nan();
    if (x == 1)
        return 0;
    if (x >= 0x1p28)
        return gomath_log(x) + LN2;
    if (x > 2)
        return gomath_log(2 * x - 1 / (x + sqrt(x * x - 1)));
    double t = x - 1;
    return gomath_log1p(t + sqrt(2 * t + t * t));
}

double gomath_atanh(double x)
{
    if (x < -1 || x > 1 || isnan_(x))
        return gomath_nan();
    if (x == 1)
        return inf(1);
    if (x == -1)
        return inf(-1);
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    double temp;
    if (x < 0x1p-28) {
        temp = x;
    } else if (x < 0.5) {
        temp = x + x;
        temp = 0.5 * gomath_log1p(temp + temp * x / (1 - x));
    } else {
        temp = 0.5 * gomath_log1p((x + x) / (1 - x));
    }
    return sign ? -temp : temp;
}

/* ---- cbrt.go, mod.go, remainder.go, logb.go, nextafter.go, floor.go, dim.go ---- */

double gomath_cbrt(double x)
{
    const uint64_t B1 = 715094163, B2 = 696219795;
    const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                 E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                 G = 3.57142857142857150787e-01, SmallestNormal = 2.22507385850720138309e-308;
    if (x == 0 || isnan_(x) || isinf_(x, 0))
        return x;
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    double t = frombits(bits(x) / 3 + (B1 << 32));
    if (x < SmallestNormal) {
        t = 0x1p54;
        t *= x;
        t = frombits(bits(t) / 3 + (B2 << 32));
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = frombits((bits(t) & (0xFFFFFFFFCULL << 28)) + (1ULL << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return sign ? -t : t;
}

double gomath_mod(double x, double y)
{
    if (y == 0 || isinf_(x, 0) || isnan_(x) || isnan_(y))
        return gomath_nan();
    y = abs_(y);
    int64_t yexp, rexp;
    double yfr = gomath_frexp(y, &yexp);
    double r = x < 0 ? -x : x;
    while (r >= y) {
        double rfr = gomath_frexp(r, &rexp);
        if (rfr < yfr)
            rexp--;
        r = r - gomath_ldexp(y, rexp - yexp);
    }
    return x < 0 ? -r : r;
}

double gomath_remainder(double x, double y)
{
    const double Tiny = 4.45014771701440276618e-308, HalfMax = 0x1.fffffffffffffp+1022;
    if (isnan_(x) || isnan_(y) || isinf_(x, 0) || y == 0)
        return gomath_nan();
    if (isinf_(y, 0))
        return x;
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    if (y < 0)
        y = -y;
    if (x == y)
        return sign ? -0.0 : 0;
    if (y <= HalfMax)
        x = gomath_mod(x, y + y);
    if (y < Tiny) {
        if (x + x > y) {
            x -= y;
            if (x + x >= y)
                x -= y;
        }
    } else {
        double yHalf = 0.5 * y;
        if (x > yHalf) {
            x -= y;
            if (x >= yHalf)
                x -= y;
        }
    }
    return sign ? -x : x;
}

static int64_t ilogb_(double x)
{
    int64_t exp;
    x = normalize(x, &exp);
    return (int64_t)((bits(x) >> SHIFT) & MASK) - BIAS + exp;
}

double gomath_logb(double x)
{
    if (x == 0)
        return inf(-1);
    if (isinf_(x, 0))
        return inf(1);
    if (isnan_(x))
        return x;
    return (double)ilogb_(x);
}

int64_t gomath_ilogb(double x)
{
    if (x == 0)
        return INT32_MIN;
    if (isnan_(x) || isinf_(x, 0))
        return INT32_MAX;
    return ilogb_(x);
}

double gomath_nextafter(double x, double y)
{
    if (isnan_(x) || isnan_(y))
        return gomath_nan();
    if (x == y)
        return x;
    if (x == 0)
        return copysign_(frombits(1), y);
    if ((y > x) == (x > 0))
        return frombits(bits(x) + 1);
    return frombits(bits(x) - 1);
}

float gomath_nextafter32(float x, float y)
{
    uint32_t u;
    if (x != x || y != y)
        return (float)gomath_nan();
    if (x == y)
        return x;
    if (x == 0)
        return (float)copysign_((double)0x1p-149f, (double)y);
    memcpy(&u, &x, 4);
    u += (y > x) == (x > 0) ? 1 : (uint32_t)-1;
    memcpy(&x, &u, 4);
    return x;
}

double gomath_round(double x)
{
    uint64_t b = bits(x);
    unsigned e = (unsigned)(b >> SHIFT) & MASK;
    if (e < BIAS) {
        b &= 1ULL << 63;        /* +-0 */
        if (e == BIAS - 1)
            b |= 0x3FF0000000000000ULL;  /* +-1 */
    } else if (e < BIAS + SHIFT) {
        const uint64_t half = 1ULL << (SHIFT - 1);
        e -= BIAS;
        b += half >> e;
        b &= ~(((1ULL << SHIFT) - 1) >> e);
    }
    return frombits(b);
}

double gomath_round_to_even(double x)
{
    uint64_t b = bits(x);
    unsigned e = (unsigned)(b >> SHIFT) & MASK;
    if (e >= BIAS) {
        const uint64_t half_minus_ulp = (1ULL << (SHIFT - 1)) - 1;
        e -= BIAS;
        /* Go's shift by more than 63 gives 0; e <= 1024 here */
        uint64_t odd = (SHIFT - (int)e) >= 0 ? (b >> (SHIFT - e)) & 1 : 0;
        uint64_t add = half_minus_ulp + odd;
        b += e < 64 ? add >> e : 0;
        b &= ~(e < 64 ? ((1ULL << SHIFT) - 1) >> e : 0);
    } else if (e == BIAS - 1 && (b & ((1ULL << SHIFT) - 1)) != 0) {
        b = (b & (1ULL << 63)) | 0x3FF0000000000000ULL;
    } else {
        b &= 1ULL << 63;
    }
    return frombits(b);
}

double gomath_dim(double x, double y)
{
    double v = x - y;
    return v <= 0 ? 0 : v;
}

/* ---- erf.go, erfinv.go ---- */

static const double erx = 8.45062911510467529297e-01, efx = 1.28379167095512586316e-01,
    efx8 = 1.02703333676410069053e+00, pp0 = 1.28379167095512558561e-01,
    pp1 = -3.25042107247001499370e-01, pp2 = -2.84817495755985104766e-02,
    pp3 = -5.77027029648944159157e-03, pp4 = -2.37630166566501626084e-05,
    qq1 = 3.97917223959155352819e-01, qq2 = 6.50222499887672944485e-02,
    qq3 = 5.08130628187576562776e-03, qq4 = 1.32494738004321644526e-04,
    qq5 = -3.96022827877536812320e-06, pa0 = -2.36211856075265944077e-03,
    pa1 = 4.14856118683748331666e-01, pa2 = -3.72207876035701323847e-01,
    pa3 = 3.18346619901161753674e-01, pa4 = -1.10894694282396677476e-01,
    pa5 = 3.54783043256182359371e-02, pa6 = -2.16637559486879084300e-03,
    qa1 = 1.06420880400844228286e-01, qa2 = 5.40397917702171048937e-01,
    qa3 = 7.18286544141962662868e-02, qa4 = 1.26171219808761642112e-01,
    qa5 = 1.36370839120290507362e-02, qa6 = 1.19844998467991074170e-02,
    ra0 = -9.86494403484714822705e-03, ra1 = -6.93858572707181764372e-01,
    ra2 = -1.05586262253232909814e+01, ra3 = -6.23753324503260060396e+01,
    ra4 = -1.62396669462573470355e+02, ra5 = -1.84605092906711035994e+02,
    ra6 = -8.12874355063065934246e+01, ra7 = -9.81432934416914548592e+00,
    sa1 = 1.96512716674392571292e+01, sa2 = 1.37657754143519042600e+02,
    sa3 = 4.34565877475229228821e+02, sa4 = 6.45387271733267880336e+02,
    sa5 = 4.29008140027567833386e+02, sa6 = 1.08635005541779435134e+02,
    sa7 = 6.57024977031928170135e+00, sa8 = -6.04244152148580987438e-02,
    rb0 = -9.86494292470009928597e-03, rb1 = -7.99283237680523006574e-01,
    rb2 = -1.77579549177547519889e+01, rb3 = -1.60636384855821916062e+02,
    rb4 = -6.37566443368389627722e+02, rb5 = -1.02509513161107724954e+03,
    rb6 = -4.83519191608651397019e+02, sb1 = 3.03380607434824582924e+01,
    sb2 = 3.25792512996573918826e+02, sb3 = 1.53672958608443695994e+03,
    sb4 = 3.19985821950859553908e+03, sb5 = 2.55305040643316442583e+03,
    sb6 = 4.74528541206955367215e+02, sb7 = -2.24409524465858183362e+01;

#define ONE_OVER_035 0x1.6db6db6db6db7p+01  /* 1/0.35 */

/* erf and erfc's common tail for |x| >= 1.25: exp(-x*x - 0.5625 + R/S) / x. */
static double erf_tail(double x, int big)
{
    double s = 1 / (x * x), R, S;
    if (!big) {
        R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
        S = 1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
    } else {
        R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
        S = 1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
    }
    double z = frombits(bits(x) & 0xffffffff00000000ULL);
    return gomath_exp(-z * z - 0.5625) * gomath_exp((z - x) * (z + x) + R / S);
}

static double erf_small(double x, double *y)
{
    double z = x * x;
    double r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
    double s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
    return *y = r / s;
}

static double erf_mid(double x, double *Q)
{
    double s = x - 1;
    double P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
    *Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
    return P;
}

double gomath_erf(double x)
{
    if (isnan_(x))
        return gomath_nan();
    if (isinf_(x, 1))
        return 1;
    if (isinf_(x, -1))
        return -1;
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    if (x < 0.84375) {
        double temp, y;
        if (x < 0x1p-28) {
            if (x < 2.848094538889218e-306)
                temp = 0.125 * (8.0 * x + efx8 * x);    /* avoid underflow */
            else
                temp = x + efx * x;
        } else {
            erf_small(x, &y);
            temp = x + x * y;
        }
        return sign ? -temp : temp;
    }
    if (x < 1.25) {
        double Q, P = erf_mid(x, &Q);
        return sign ? -erx - P / Q : erx + P / Q;
    }
    if (x >= 6)
        return sign ? -1 : 1;
    double r = erf_tail(x, !(x < ONE_OVER_035));
    return sign ? r / x - 1 : 1 - r / x;
}

double gomath_erfc(double x)
{
    if (isnan_(x))
        return gomath_nan();
    if (isinf_(x, 1))
        return 0;
    if (isinf_(x, -1))
        return 2;
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    if (x < 0.84375) {
        double temp, y;
        if (x < 0x1p-56) {
            temp = x;
        } else {
            erf_small(x, &y);
            if (x < 0.25)
                temp = x + x * y;
            else
                temp = 0.5 + (x * y + (x - 0.5));
        }
        return sign ? 1 + temp : 1 - temp;
    }
    if (x < 1.25) {
        double Q, P = erf_mid(x, &Q);
        return sign ? 1 + erx + P / Q : 1 - erx - P / Q;
    }
    if (x < 28) {
        int big = !(x < ONE_OVER_035);
        if (big && sign && x > 6)
            return 2;
        double r = erf_tail(x, big);
        return sign ? 2 - r / x : r / x;
    }
    return sign ? 2 : 0;
}

double gomath_erfinv(double x)
{
    static const double a[] = { 1.1975323115670912564578e0, 4.7072688112383978012285e1,
        6.9706266534389598238465e2, 4.8548868893843886794648e3, 1.6235862515167575384252e4,
        2.3782041382114385731252e4, 1.1819493347062294404278e4, 8.8709406962545514830200e2 };
    static const double b[] = { 1.0000000000000000000e0, 4.2313330701600911252e1,
        6.8718700749205790830e2, 5.3941960214247511077e3, 2.1213794301586595867e4,
        3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3 };
    static const double c[] = { 1.42343711074968357734e0, 4.63033784615654529590e0,
        5.76949722146069140550e0, 3.64784832476320460504e0, 1.27045825245236838258e0,
        2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4 };
    static const double d[] = { 1.4142135623730950488016887e0, 2.9036514445419946173133295e0,
        2.3707661626024532365971225e0, 9.7547832001787427186894837e-1,
        2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
        7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9 };
    static const double e[] = { 6.65790464350110377720e0, 5.46378491116411436990e0,
        1.78482653991729133580e0, 2.96560571828504891230e-1, 2.65321895265761230930e-2,
        1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7 };
    static const double f[] = { 1.414213562373095048801689e0, 8.482908416595164588112026e-1,
        1.936480946950659106176712e-1, 2.103693768272068968719679e-2,
        1.112800997078859844711555e-3, 2.611088405080593625138020e-5,
        2.010321207683943062279931e-7, 2.891024605872965461538222e-15 };
#define POLY7(k, r) (((((((k[7] * r + k[6]) * r + k[5]) * r + k[4]) * r + k[3]) * r + k[2]) * r + k[1]) * r + k[0])
    if (isnan_(x) || x <= -1 || x >= 1) {
        if (x == -1 || x == 1)
            return inf((int)x);
        return gomath_nan();
    }
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    double ans;
    if (x <= 0.85) {
        double r = 0.180625 - 0.25 * x * x;
        ans = (x * POLY7(a, r)) / POLY7(b, r);
    } else {
        double r = sqrt(LN2 - gomath_log(1.0 - x));
        if (r <= 5.0) {
            r -= 1.6;
            ans = POLY7(c, r) / POLY7(d, r);
        } else {
            r -= 5.0;
            ans = POLY7(e, r) / POLY7(f, r);
        }
    }
#undef POLY7
    return sign ? -ans : ans;
}

double gomath_erfcinv(double x) { return gomath_erfinv(1 - x); }

/* ---- gamma.go, lgamma.go ---- */

static void stirling(double x, double *y1p, double *y2p)
{
    static const double S[] = { 7.87311395793093628397e-04, -2.29549961613378126380e-04,
                                -2.68132617805781232825e-03, 3.47222221605458667310e-03,
                                8.33333333333482257126e-02 };
    const double SqrtTwoPi = 2.506628274631000502417, MaxStirling = 143.01608;
    if (x > 200) {
        *y1p = inf(1);
        *y2p = 1;
        return;
    }
    double w = 1 / x;
    w = 1 + w * ((((S[0] * w + S[1]) * w + S[2]) * w + S[3]) * w + S[4]);
    double y1 = gomath_exp(x), y2 = 1.0;
    if (x > MaxStirling) {      /* avoid Pow() overflow */
        double v = gomath_pow(x, 0.5 * x - 0.25);
        y2 = v / y1;
        y1 = v;
    } else {
        y1 = gomath_pow(x, x - 0.5) / y1;
    }
    *y1p = y1;
    *y2p = SqrtTwoPi * w * y2;
}

static int is_neg_int(double x)
{
    if (x < 0) {
        double xf;
        gomath_modf(x, &xf);
        return xf == 0;
    }
    return 0;
}

double gomath_gamma(double x)
{
    static const double P[] = { 1.60119522476751861407e-04, 1.19135147006586384913e-03,
        1.04213797561761569935e-02, 4.76367800457137231464e-02, 2.07448227648435975150e-01,
        4.94214826801497100753e-01, 9.99999999999999996796e-01 };
    static const double Q[] = { -2.31581873324120129819e-05, 5.39605580493303397842e-04,
        -4.45641913851797240494e-03, 1.18139785222060435552e-02, 3.58236398605498653373e-02,
        -2.34591795718243348568e-01, 7.14304917030273074085e-02, 1.00000000000000000320e+00 };
    const double Euler = 0.57721566490153286060651209008240243104215933593992;
    if (is_neg_int(x) || isinf_(x, -1) || isnan_(x))
        return gomath_nan();
    if (isinf_(x, 1))
        return inf(1);
    if (x == 0)
        return signbit_(x) ? inf(-1) : inf(1);
    double q = abs_(x), p = floor(q);
    if (q > 33) {
        double y1, y2;
        if (x >= 0) {
            stirling(x, &y1, &y2);
            return y1 * y2;
        }
        /* Reflection; note that stirling overflows at 171.624... */
        int signgam = 1;
        if (((int64_t)p & 1) == 0)
            signgam = -1;
        double z = q - p;
        if (z > 0.5) {
            p = p + 1;
            z = q - p;
        }
        z = q * gomath_sin(PI * z);
        if (z == 0)
            return inf(signgam);
        stirling(q, &y1, &y2);
        double absz = abs_(z);
        double d = absz * y1 * y2;
        if (isinf_(d, 0))
            z = PI / absz / y1 / y2;
        else
            z = PI / d;
        return (double)signgam * z;
    }
    double z = 1.0;
    while (x >= 3) {
        x = x - 1;
        z = z * x;
    }
    while (x < 0) {
        if (x > -1e-09)
            goto small;
        z = z / x;
        x = x + 1;
    }
    while (x < 2) {
        if (x < 1e-09)
            goto small;
        z = z / x;
        x = x + 1;
    }
    if (x == 2)
        return z;
    x = x - 2;
    p = (((((x * P[0] + P[1]) * x + P[2]) * x + P[3]) * x + P[4]) * x + P[5]) * x + P[6];
    q = ((((((x * Q[0] + Q[1]) * x + Q[2]) * x + Q[3]) * x + Q[4]) * x + Q[5]) * x + Q[6]) * x + Q[7];
    return z * p / q;
small:
    if (x == 0)
        return inf(1);
    return z / ((1 + Euler * x) * x);
}

static double sin_pi(double x)
{
    const double Two52 = 0x1p52, Two53 = 0x1p53;
    if (x < 0.25)
        return -gomath_sin(PI * x);
    double z = floor(x);
    int64_t n;
    if (z != x) {
        x = gomath_mod(x, 2);
        n = (int64_t)(x * 4);
    } else if (x >= Two53) {
        x = 0;
        n = 0;
    } else {
        if (x < Two52)
            z = x + Two52;      /* exact */
        n = (int64_t)(1 & bits(z));
        x = (double)n;
        n <<= 2;
    }
    switch (n) {
    case 0: x = gomath_sin(PI * x); break;
    case 1: case 2: x = gomath_cos(PI * (0.5 - x)); break;
    case 3: case 4: x = gomath_sin(PI * (1 - x)); break;
    case 5: case 6: x = -gomath_cos(PI * (x - 1.5)); break;
    default: x = gomath_sin(PI * (x - 2)); break;
    }
    return -x;
}

double gomath_lgamma(double x, int64_t *signp)
{
    static const double A[] = { 7.72156649015328655494e-02, 3.22467033424113591611e-01,
        6.73523010531292681824e-02, 2.05808084325167332806e-02, 7.38555086081402883957e-03,
        2.89051383673415629091e-03, 1.19270763183362067845e-03, 5.10069792153511336608e-04,
        2.20862790713908385557e-04, 1.08011567247583939954e-04, 2.52144565451257326939e-05,
        4.48640949618915160150e-05 };
    static const double R[] = { 1.0, 1.39200533467621045958e+00, 7.21935547567138069525e-01,
        1.71933865632803078993e-01, 1.86459191715652901344e-02, 7.77942496381893596434e-04,
        7.32668430744625636189e-06 };
    static const double S[] = { -7.72156649015328655494e-02, 2.14982415960608852501e-01,
        3.25778796408930981787e-01, 1.46350472652464452805e-01, 2.66422703033638609560e-02,
        1.84028451407337715652e-03, 3.19475326584100867617e-05 };
    static const double T[] = { 4.83836122723810047042e-01, -1.47587722994593911752e-01,
        6.46249402391333854778e-02, -3.27885410759859649565e-02, 1.79706750811820387126e-02,
        -1.03142241298341437450e-02, 6.10053870246291332635e-03, -3.68452016781138256760e-03,
        2.25964780900612472250e-03, -1.40346469989232843813e-03, 8.81081882437654011382e-04,
        -5.38595305356740546715e-04, 3.15632070903625950361e-04, -3.12754168375120860518e-04,
        3.35529192635519073543e-04 };
    static const double U[] = { -7.72156649015328655494e-02, 6.32827064025093366517e-01,
        1.45492250137234768737e+00, 9.77717527963372745603e-01, 2.28963728064692451092e-01,
        1.33810918536787660377e-02 };
    static const double V[] = { 1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00,
        7.69285150456672783825e-01, 1.04222645593369134254e-01, 3.21709242282423911810e-03 };
    static const double W[] = { 4.18938533204672725052e-01, 8.33333333333329678849e-02,
        -2.77777777728775536470e-03, 7.93650558643019558500e-04, -5.95187557450339963135e-04,
        8.36339918996282139126e-04, -1.63092934096575273989e-03 };
    const double Two52 = 0x1p52, Two58 = 0x1p58, Tiny = 0x1p-70,
                 Tc = 1.46163214496836224576e+00, Tf = -1.21486290535849611461e-01,
                 Tt = -3.63867699703950536541e-18,
                 YminM1P = 0x1.76987d0eaed22p-01,   /* Ymin - 1 + 0.27 */
                 YminM1M = 0x1.88766f1c02f69p-03,   /* Ymin - 1 - 0.27 */
                 YminP = 0x1.bb4c3e8757691p+00,     /* Ymin + 0.27 */
                 YminM = 0x1.310ecde3805edp+00,     /* Ymin - 0.27 */
                 TcM1 = 0x1.d8b618d5af8fcp-02;      /* Tc - 1 */
    double lgamma;
    *signp = 1;
    if (isnan_(x) || isinf_(x, 0))
        return x;
    if (x == 0)
        return inf(1);
    int neg = 0;
    if (x < 0) {
        x = -x;
        neg = 1;
    }
    if (x < Tiny) {
        if (neg)
            *signp = -1;
        return -gomath_log(x);
    }
    double nadj = 0;
    if (neg) {
        if (x >= Two52)
            return inf(1);
        double t = sin_pi(x);
        if (t == 0)
            return inf(1);
        nadj = gomath_log(PI / abs_(t * x));
        if (t < 0)
            *signp = -1;
    }
    if (x == 1 || x == 2) {
        lgamma = 0;
        return lgamma;          /* Go returns before the reflection here too */
    }
    if (x < 2) {
        double y;
        int i;
        if (x <= 0.9) {
            lgamma = -gomath_log(x);
            if (x >= YminM1P) {
                y = 1 - x;
                i = 0;
            } else if (x >= YminM1M) {
                y = x - TcM1;
                i = 1;
            } else {
                y = x;
                i = 2;
            }
        } else {
            lgamma = 0;
            if (x >= YminP) {
                y = 2 - x;
                i = 0;
            } else if (x >= YminM) {
                y = x - Tc;
                i = 1;
            } else {
                y = x - 1;
                i = 2;
            }
        }
        if (i == 0) {
            double z = y * y;
            double p1 = A[0] + z * (A[2] + z * (A[4] + z * (A[6] + z * (A[8] + z * A[10]))));
            double p2 = z * (A[1] + z * (+A[3] + z * (A[5] + z * (A[7] + z * (A[9] + z * A[11])))));
            double p = y * p1 + p2;
            lgamma += (p - 0.5 * y);
        } else if (i == 1) {
            double z = y * y, w = z * y;
            double p1 = T[0] + w * (T[3] + w * (T[6] + w * (T[9] + w * T[12])));
            double p2 = T[1] + w * (T[4] + w * (T[7] + w * (T[10] + w * T[13])));
            double p3 = T[2] + w * (T[5] + w * (T[8] + w * (T[11] + w * T[14])));
            double p = z * p1 - (Tt - w * (p2 + y * p3));
            lgamma += (Tf + p);
        } else {
            double p1 = y * (U[0] + y * (U[1] + y * (U[2] + y * (U[3] + y * (U[4] + y * U[5])))));
            double p2 = 1 + y * (V[1] + y * (V[2] + y * (V[3] + y * (V[4] + y * V[5]))));
            lgamma += (-0.5 * y + p1 / p2);
        }
    } else if (x < 8) {
        int64_t i = (int64_t)x;
        double y = x - (double)i;
        double p = y * (S[0] + y * (S[1] + y * (S[2] + y * (S[3] + y * (S[4] + y * (S[5] + y * S[6]))))));
        double q = 1 + y * (R[1] + y * (R[2] + y * (R[3] + y * (R[4] + y * (R[5] + y * R[6])))));
        lgamma = 0.5 * y + p / q;
        double z = 1.0;
        switch (i) {
        case 7: z *= (y + 6); /* fallthrough */
        case 6: z *= (y + 5); /* fallthrough */
        case 5: z *= (y + 4); /* fallthrough */
        case 4: z *= (y + 3); /* fallthrough */
        case 3:
            z *= (y + 2);
            lgamma += gomath_log(z);
        }
    } else if (x < Two58) {
        double t = gomath_log(x);
        double z = 1 / x;
        double y = z * z;
        double w = W[0] + z * (W[1] + y * (W[2] + y * (W[3] + y * (W[4] + y * (W[5] + y * W[6])))));
        lgamma = (x - 0.5) * (t - 1) + w;
    } else {
        lgamma = x * (gomath_log(x) - 1);
    }
    if (neg)
        lgamma = nadj - lgamma;
    return lgamma;
}
