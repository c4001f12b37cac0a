/*
 * gomath_bessel.c — Go 1.19's Bessel functions (j0.go, j1.go, jn.go; from
 * FreeBSD's msun, as Go credits), ported so that J0, J1, Jn, Y0, Y1 and Yn
 * agree with go to the last bit. The same rules as gomath.c hold: every
 * operation in Go's order, constant expressions pre-rounded, no contraction
 * into fused multiply-adds.
 */
#include "runtime/gomath.h"

#include <math.h>

#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#define INV_SQRTPI 0x1.20dd750429b6dp-01    /* 1/SqrtPi */
#define TWO_OVER_PI 0x1.45f306dc9c883p-01   /* 2/Pi */
#define HALF_MAX 0x1.fffffffffffffp+1022    /* MaxFloat64/2 */
#define TWO129 0x1p129
#define TWO302 0x1p302

/* Rational approximations of the asymptotic expansions for x >= 2, on
 * [8,inf), [4.5454,8), [2.8571,4.5454) and [2,2.8571). */
static const double p0R8[6] = {
    0.00000000000000000000e+00, -7.03124999999900357484e-02, -8.08167041275349795626e+00,
    -2.57063105679704847262e+02, -2.48521641009428822144e+03, -5.25304380490729545272e+03,
};
static const double p0S8[5] = {
    1.16534364619668181717e+02, 3.83374475364121826715e+03, 4.05978572648472545552e+04,
    1.16752972564375915681e+05, 4.76277284146730962675e+04,
};
static const double p0R5[6] = {
    -1.14125464691894502584e-11, -7.03124940873599280078e-02, -4.15961064470587782438e+00,
    -6.76747652265167261021e+01, -3.31231299649172967747e+02, -3.46433388365604912451e+02,
};
static const double p0S5[5] = {
    6.07539382692300335975e+01, 1.05125230595704579173e+03, 5.97897094333855784498e+03,
    9.62544514357774460223e+03, 2.40605815922939109441e+03,
};
static const double p0R3[6] = {
    -2.54704601771951915620e-09, -7.03119616381481654654e-02, -2.40903221549529611423e+00,
    -2.19659774734883086467e+01, -5.80791704701737572236e+01, -3.14479470594888503854e+01,
};
static const double p0S3[5] = {
    3.58560338055209726349e+01, 3.61513983050303863820e+02, 1.19360783792111533330e+03,
    1.12799679856907414432e+03, 1.73580930813335754692e+02,
};
static const double p0R2[6] = {
    -8.87534333032526411254e-08, -7.03030995483624743247e-02, -1.45073846780952986357e+00,
    -7.63569613823527770791e+00, -1.11931668860356747786e+01, -3.23364579351335335033e+00,
};
static const double p0S2[5] = {
    2.22202997532088808441e+01, 1.36206794218215208048e+02, 2.70470278658083486789e+02,
    1.53875394208320329881e+02, 1.46576176948256193810e+01,
};
static const double q0R8[6] = {
    0.00000000000000000000e+00, 7.32421874999935051953e-02, 1.17682064682252693899e+01,
    5.57673380256401856059e+02, 8.85919720756468632317e+03, 3.70146267776887834771e+04,
};
static const double q0S8[6] = {
    1.63776026895689824414e+02, 8.09834494656449805916e+03, 1.42538291419120476348e+05,
    8.03309257119514397345e+05, 8.40501579819060512818e+05, -3.43899293537866615225e+05,
};
static const double q0R5[6] = {
    1.84085963594515531381e-11, 7.32421766612684765896e-02, 5.83563508962056953777e+00,
    1.35111577286449829671e+02, 1.02724376596164097464e+03, 1.98997785864605384631e+03,
};
static const double q0S5[6] = {
    8.27766102236537761883e+01, 2.07781416421392987104e+03, 1.88472887785718085070e+04,
    5.67511122894947329769e+04, 3.59767538425114471465e+04, -5.35434275601944773371e+03,
};
static const double q0R3[6] = {
    4.37741014089738620906e-09, 7.32411180042911447163e-02, 3.34423137516170720929e+00,
    4.26218440745412650017e+01, 1.70808091340565596283e+02, 1.66733948696651168575e+02,
};
static const double q0S3[6] = {
    4.87588729724587182091e+01, 7.09689221056606015736e+02, 3.70414822620111362994e+03,
    6.46042516752568917582e+03, 2.51633368920368957333e+03, -1.49247451836156386662e+02,
};
static const double q0R2[6] = {
    1.50444444886983272379e-07, 7.32234265963079278272e-02, 1.99819174093815998816e+00,
    1.44956029347885735348e+01, 3.16662317504781540833e+01, 1.62527075710929267416e+01,
};
static const double q0S2[6] = {
    3.03655848355219184498e+01, 2.69348118608049844624e+02, 8.44783757595320139444e+02,
    8.82935845112488550512e+02, 2.12666388511798828631e+02, -5.31095493882666946917e+00,
};
static const double p1R8[6] = {
    0.00000000000000000000e+00, 1.17187499999988647970e-01, 1.32394806593073575129e+01,
    4.12051854307378562225e+02, 3.87474538913960532227e+03, 7.91447954031891731574e+03,
};
static const double p1S8[5] = {
    1.14207370375678408436e+02, 3.65093083420853463394e+03, 3.69562060269033463555e+04,
    9.76027935934950801311e+04, 3.08042720627888811578e+04,
};
static const double p1R5[6] = {
    1.31990519556243522749e-11, 1.17187493190614097638e-01, 6.80275127868432871736e+00,
    1.08308182990189109773e+02, 5.17636139533199752805e+02, 5.28715201363337541807e+02,
};
static const double p1S5[5] = {
    5.92805987221131331921e+01, 9.91401418733614377743e+02, 5.35326695291487976647e+03,
    7.84469031749551231769e+03, 1.50404688810361062679e+03,
};
static const double p1R3[6] = {
    3.02503916137373618024e-09, 1.17186865567253592491e-01, 3.93297750033315640650e+00,
    3.51194035591636932736e+01, 9.10550110750781271918e+01, 4.85590685197364919645e+01,
};
static const double p1S3[5] = {
    3.47913095001251519989e+01, 3.36762458747825746741e+02, 1.04687139975775130551e+03,
    8.90811346398256432622e+02, 1.03787932439639277504e+02,
};
static const double p1R2[6] = {
    1.07710830106873743082e-07, 1.17176219462683348094e-01, 2.36851496667608785174e+00,
    1.22426109148261232917e+01, 1.76939711271687727390e+01, 5.07352312588818499250e+00,
};
static const double p1S2[5] = {
    2.14364859363821409488e+01, 1.25290227168402751090e+02, 2.32276469057162813669e+02,
    1.17679373287147100768e+02, 8.36463893371618283368e+00,
};
static const double q1R8[6] = {
    0.00000000000000000000e+00, -1.02539062499992714161e-01, -1.62717534544589987888e+01,
    -7.59601722513950107896e+02, -1.18498066702429587167e+04, -4.84385124285750353010e+04,
};
static const double q1S8[6] = {
    1.61395369700722909556e+02, 7.82538599923348465381e+03, 1.33875336287249578163e+05,
    7.19657723683240939863e+05, 6.66601232617776375264e+05, -2.94490264303834643215e+05,
};
static const double q1R5[6] = {
    -2.08979931141764104297e-11, -1.02539050241375426231e-01, -8.05644828123936029840e+00,
    -1.83669607474888380239e+02, -1.37319376065508163265e+03, -2.61244440453215656817e+03,
};
static const double q1S5[6] = {
    8.12765501384335777857e+01, 1.99179873460485964642e+03, 1.74684851924908907677e+04,
    4.98514270910352279316e+04, 2.79480751638918118260e+04, -4.71918354795128470869e+03,
};
static const double q1R3[6] = {
    -5.07831226461766561369e-09, -1.02537829820837089745e-01, -4.61011581139473403113e+00,
    -5.78472216562783643212e+01, -2.28244540737631695038e+02, -2.19210128478909325622e+02,
};
static const double q1S3[6] = {
    4.76651550323729509273e+01, 6.73865112676699709482e+02, 3.38015286679526343505e+03,
    5.54772909720722782367e+03, 1.90311919338810798763e+03, -1.35201191444307340817e+02,
};
static const double q1R2[6] = {
    -1.78381727510958865572e-07, -1.02517042607985553460e-01, -2.75220568278187460720e+00,
    -1.96636162643703720221e+01, -4.23253133372830490089e+01, -2.13719211703704061733e+01,
};
static const double q1S2[6] = {
    2.95333629060523854548e+01, 2.52981549982190529136e+02, 7.57502834868645436472e+02,
    7.39393205320467245656e+02, 1.55949003336666123687e+02, -4.95949898822628210127e+00,
};

static double poly5(const double *p, double z)
{
    return p[0] + z * (p[1] + z * (p[2] + z * (p[3] + z * (p[4] + z * p[5]))));
}

/* pzero, qzero, pone, qone: pick the table for x (x >= 2). */
static int band(double x)
{
    return x >= 8 ? 0 : x >= 4.5454 ? 1 : x >= 2.8571 ? 2 : 3;
}

static double pzero(double x)
{
    static const double *const P[] = { p0R8, p0R5, p0R3, p0R2 }, *const Q[] = { p0S8, p0S5, p0S3, p0S2 };
    const double *p = P[band(x)], *q = Q[band(x)];
    double z = 1 / (x * x);
    double r = poly5(p, z);
    double s = 1 + z * (q[0] + z * (q[1] + z * (q[2] + z * (q[3] + z * q[4]))));
    return 1 + r / s;
}

static double qzero(double x)
{
    static const double *const P[] = { q0R8, q0R5, q0R3, q0R2 }, *const Q[] = { q0S8, q0S5, q0S3, q0S2 };
    const double *p = P[band(x)], *q = Q[band(x)];
    double z = 1 / (x * x);
    double r = poly5(p, z);
    double s = 1 + z * (q[0] + z * (q[1] + z * (q[2] + z * (q[3] + z * (q[4] + z * q[5])))));
    return (-0.125 + r / s) / x;
}

static double pone(double x)
{
    static const double *const P[] = { p1R8, p1R5, p1R3, p1R2 }, *const Q[] = { p1S8, p1S5, p1S3, p1S2 };
    const double *p = P[band(x)], *q = Q[band(x)];
    double z = 1 / (x * x);
    double r = poly5(p, z);
    double s = 1.0 + z * (q[0] + z * (q[1] + z * (q[2] + z * (q[3] + z * q[4]))));
    return 1 + r / s;
}

static double qone(double x)
{
    static const double *const P[] = { q1R8, q1R5, q1R3, q1R2 }, *const Q[] = { q1S8, q1S5, q1S3, q1S2 };
    const double *p = P[band(x)], *q = Q[band(x)];
    double z = 1 / (x * x);
    double r = poly5(p, z);
    double s = 1 + z * (q[0] + z * (q[1] + z * (q[2] + z * (q[3] + z * (q[4] + z * q[5])))));
    return (0.375 + r / s) / x;
}

double gomath_j0(double x)
{
    const double R02 = 1.56249999999999947958e-02, R03 = -1.89979294238854721751e-04,
                 R04 = 1.82954049532700665670e-06, R05 = -4.61832688532103189199e-09,
                 S01 = 1.56191029464890010492e-02, S02 = 1.16926784663337450260e-04,
                 S03 = 5.13546550207318111446e-07, S04 = 1.16614003333790000205e-09;
    if (isnan(x))
        return x;
    if (isinf(x))
        return 0;
    if (x == 0)
        return 1;
    x = fabs(x);
    if (x >= 2) {
        double s, c;
        gomath_sincos(x, &s, &c);
        double ss = s - c, cc = s + c;
        if (x < HALF_MAX) {     /* make sure x+x does not overflow */
            double z = -gomath_cos(x + x);
            if (s * c < 0)
                cc = z / ss;
            else
                ss = z / cc;
        }
        if (x > TWO129)         /* |x| > ~6.8056e+38 */
            return INV_SQRTPI * cc / sqrt(x);
        double u = pzero(x), v = qzero(x);
        return INV_SQRTPI * (u * cc - v * ss) / sqrt(x);
    }
    if (x < 0x1p-13) {
        if (x < 0x1p-27)
            return 1;
        return 1 - 0.25 * x * x;
    }
    double z = x * x;
    double r = z * (R02 + z * (R03 + z * (R04 + z * R05)));
    double s = 1 + z * (S01 + z * (S02 + z * (S03 + z * S04)));
    if (x < 1)
        return 1 + z * (-0.25 + (r / s));
    double u = 0.5 * x;
    return (1 + u) * (1 - u) + z * (r / s);
}

double gomath_y0(double x)
{
    const double U00 = -7.38042951086872317523e-02, U01 = 1.76666452509181115538e-01,
                 U02 = -1.38185671945596898896e-02, U03 = 3.47453432093683650238e-04,
                 U04 = -3.81407053724364161125e-06, U05 = 1.95590137035022920206e-08,
                 U06 = -3.98205194132103398453e-11, V01 = 1.27304834834123699328e-02,
                 V02 = 7.60068627350353253702e-05, V03 = 2.59150851840457805467e-07,
                 V04 = 4.41110311332675467403e-10;
    if (x < 0 || isnan(x))
        return gomath_nan();
    if (isinf(x))
        return 0;
    if (x == 0)
        return -INFINITY;
    if (x >= 2) {
        double s, c;
        gomath_sincos(x, &s, &c);
        double ss = s - c, cc = s + c;
        if (x < HALF_MAX) {
            double z = -gomath_cos(x + x);
            if (s * c < 0)
                cc = z / ss;
            else
                ss = z / cc;
        }
        if (x > TWO129)
            return INV_SQRTPI * ss / sqrt(x);
        double u = pzero(x), v = qzero(x);
        return INV_SQRTPI * (u * ss + v * cc) / sqrt(x);
    }
    if (x <= 0x1p-27)
        return U00 + TWO_OVER_PI * gomath_log(x);
    double z = x * x;
    double u = U00 + z * (U01 + z * (U02 + z * (U03 + z * (U04 + z * (U05 + z * U06)))));
    double v = 1 + z * (V01 + z * (V02 + z * (V03 + z * V04)));
    return u / v + TWO_OVER_PI * gomath_j0(x) * gomath_log(x);
}

double gomath_j1(double x)
{
    const double R00 = -6.25000000000000000000e-02, R01 = 1.40705666955189706048e-03,
                 R02 = -1.59955631084035597520e-05, R03 = 4.96727999609584448412e-08,
                 S01 = 1.91537599538363460805e-02, S02 = 1.85946785588630915560e-04,
                 S03 = 1.17718464042623683263e-06, S04 = 5.04636257076217042715e-09,
                 S05 = 1.23542274426137913908e-11;
    if (isnan(x))
        return x;
    if (isinf(x) || x == 0)
        return 0;
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    double z;
    if (x >= 2) {
        double s, c;
        gomath_sincos(x, &s, &c);
        double ss = -s - c, cc = s - c;
        if (x < HALF_MAX) {
            double zz = gomath_cos(x + x);
            if (s * c > 0)
                cc = zz / ss;
            else
                ss = zz / cc;
        }
        if (x > TWO129) {
            z = INV_SQRTPI * cc / sqrt(x);
        } else {
            double u = pone(x), v = qone(x);
            z = INV_SQRTPI * (u * cc - v * ss) / sqrt(x);
        }
        return sign ? -z : z;
    }
    if (x < 0x1p-27)
        return 0.5 * x;         /* sign dropped as in Go */
    z = x * x;
    double r = z * (R00 + z * (R01 + z * (R02 + z * R03)));
    double s = 1.0 + z * (S01 + z * (S02 + z * (S03 + z * (S04 + z * S05))));
    r *= x;
    z = 0.5 * x + r / s;
    return sign ? -z : z;
}

double gomath_y1(double x)
{
    const double U00 = -1.96057090646238940668e-01, U01 = 5.04438716639811282616e-02,
                 U02 = -1.91256895875763547298e-03, U03 = 2.35252600561610495928e-05,
                 U04 = -9.19099158039878874504e-08, V00 = 1.99167318236649903973e-02,
                 V01 = 2.02552581025135171496e-04, V02 = 1.35608801097516229404e-06,
                 V03 = 6.22741452364621501295e-09, V04 = 1.66559246207992079114e-11;
    if (x < 0 || isnan(x))
        return gomath_nan();
    if (isinf(x))
        return 0;
    if (x == 0)
        return -INFINITY;
    if (x >= 2) {
        double s, c;
        gomath_sincos(x, &s, &c);
        double ss = -s - c, cc = s - c;
        if (x < HALF_MAX) {
            double z = gomath_cos(x + x);
            if (s * c > 0)
                cc = z / ss;
            else
                ss = z / cc;
        }
        if (x > TWO129)
            return INV_SQRTPI * ss / sqrt(x);
        double u = pone(x), v = qone(x);
        return INV_SQRTPI * (u * ss + v * cc) / sqrt(x);
    }
    if (x <= 0x1p-54)
        return -TWO_OVER_PI / x;
    double z = x * x;
    double u = U00 + z * (U01 + z * (U02 + z * (U03 + z * U04)));
    double v = 1 + z * (V00 + z * (V01 + z * (V02 + z * (V03 + z * V04))));
    return x * (u / v) + TWO_OVER_PI * (gomath_j1(x) * gomath_log(x) - 1 / x);
}

double gomath_jn(int64_t n, double x)
{
    if (isnan(x))
        return x;
    if (isinf(x))
        return 0;
    if (n == 0)
        return gomath_j0(x);
    if (x == 0)
        return 0;
    if (n < 0) {
        n = -n;
        x = -x;
    }
    if (n == 1)
        return gomath_j1(x);
    int sign = 0;
    if (x < 0) {
        x = -x;
        if (n & 1)
            sign = 1;           /* odd n and negative x */
    }
    double b;
    if ((double)n <= x) {
        if (x >= TWO302) {      /* x > 2**302 */
            double s, c, temp = 0;
            gomath_sincos(x, &s, &c);
            switch (n & 3) {
            case 0: temp = c + s; break;
            case 1: temp = -c + s; break;
            case 2: temp = -c - s; break;
            case 3: temp = c - s; break;
            }
            b = INV_SQRTPI * temp / sqrt(x);
        } else {
            b = gomath_j1(x);
            double a = gomath_j0(x);
            for (int64_t i = 1; i < n; i++) {
                double t = b;
                b = b * ((double)(i + i) / x) - a;  /* avoid underflow */
                a = t;
            }
        }
    } else if (x < 0x1p-29) {   /* J(n,x) ~ (x/2)**n / n! */
        if (n > 33) {
            b = 0;
        } else {
            double temp = x * 0.5, a = 1.0;
            b = temp;
            for (int64_t i = 2; i <= n; i++) {
                a *= (double)i;
                b *= temp;
            }
            b /= a;
        }
    } else {
        /* backward recurrence from a continued fraction estimate */
        double w = (double)(n + n) / x, h = 2 / x;
        double q0 = w, z = w + h, q1 = w * z - 1;
        int64_t k = 1;
        while (q1 < 1e9) {
            k++;
            z += h;
            double t = q1;
            q1 = z * q1 - q0;
            q0 = t;
        }
        int64_t m = n + n;
        double t = 0.0;
        for (int64_t i = 2 * (n + k); i >= m; i -= 2)
            t = 1 / ((double)i / x - t);
        double a = t;
        b = 1;
        double tmp = (double)n, v = 2 / x;
        tmp = tmp * gomath_log(fabs(v * tmp));
        for (int64_t i = n - 1; i > 0; i--) {
            double di = (double)(i + i), u = b;
            b = b * di / x - a;
            a = u;
            if (!(tmp < 7.09782712893383973096e+02) && b > 1e100) {  /* rescale */
                a /= b;
                t /= b;
                b = 1;
            }
        }
        b = t * gomath_j0(x) / b;
    }
    return sign ? -b : b;
}

double gomath_yn(int64_t n, double x)
{
    if (x < 0 || isnan(x))
        return gomath_nan();
    if (isinf(x))
        return 0;
    if (n == 0)
        return gomath_y0(x);
    if (x == 0)
        return n < 0 && (n & 1) ? INFINITY : -INFINITY;
    int sign = 0;
    if (n < 0) {
        n = -n;
        if (n & 1)
            sign = 1;           /* sign true if n < 0 && |n| odd */
    }
    if (n == 1)
        return sign ? -gomath_y1(x) : gomath_y1(x);
    double b;
    if (x >= TWO302) {
        double s, c, temp = 0;
        gomath_sincos(x, &s, &c);
        switch (n & 3) {
        case 0: temp = s - c; break;
        case 1: temp = -s - c; break;
        case 2: temp = -s + c; break;
        case 3: temp = s + c; break;
        }
        b = INV_SQRTPI * temp / sqrt(x);
    } else {
        double a = gomath_y0(x);
        b = gomath_y1(x);
        for (int64_t i = 1; i < n && !(isinf(b) && b < 0); i++) {
            double t = b;
            b = ((double)(i + i) / x) * b - a;
            a = t;
        }
    }
    return sign ? -b : b;
}
