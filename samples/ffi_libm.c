/* ffi_libm.go in C: the reference output of the sample. */
#include <math.h>
#include <stdio.h>

int main(void)
{
    printf("double tgamma(double)\n");
    printf("%5s %14s %12s %12s %10s\n", "x", "tgamma", "j0", "erfc", "sinf");
    for (int i = 1; i <= 8; i++) {
        volatile double x = (double)i / 2;
        printf("%5.1f %14.6f %12.8f %12.4e %10.6f\n", x, tgamma(x), j0(x), erfc(x), (double)sinf((float)x));
    }
    return 0;
}
