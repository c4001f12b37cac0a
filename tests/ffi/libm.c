#include <math.h>
#include <stdio.h>

int main(void)
{
    /* volatile: computed at run time by libm, as golite's calls are */
    volatile double xs[] = {0, 1, -2.5, 3.141592653589793, 1e10};
    for (int i = 0; i < 5; i++)
        printf("cos(%g) = %.17g\n", xs[i], cos(xs[i]));
    volatile double two = 2, ten = 10, a = 2.5, b = -1.5, one = 1, m27 = -27, k = 1000, h = -2.5, big = 1e300, q = 0.75;
    volatile float f2 = 2;
    printf("pow(2, 10) = %.17g\n", pow(two, ten));
    printf("pow(2.5, -1.5) = %.17g\n", pow(a, b));
    printf("atan2(1, -1) = %.17g\n", atan2(one, -one));
    printf("cbrt(-27) = %.17g\n", cbrt(m27));
    printf("sqrtf(2) = %.9g\n", (double)sqrtf(f2));
    printf("ldexp(0.75, 4) = %.17g\n", ldexp(q, 4));
    int e;
    double fr = frexp(k, &e);
    printf("frexp(1000) = %.17g %d\n", fr, e);
    printf("lround(-2.5) = %ld\n", lround(h));
    printf("ilogb(1e300) = %d\n", ilogb(big));
    printf("cos(celsius(2)) = %.17g\n", cos(two));
    return 0;
}
