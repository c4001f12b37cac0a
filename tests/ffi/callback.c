/* The reference for callback.go: the same sorts and searches in C (the
 * comparison count is glibc's), and ffi's own messages. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

static int calls;

static int cmp_int32(const void *a, const void *b)
{
    calls++;
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return x < y ? -1 : x > y;
}

static int desc(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x > y ? -1 : x < y;
}

int main(void)
{
    int32_t xs[] = {5, -3, 9, 0, 42, 7, 7, -100, 13, 1, 8, 2};
    qsort(xs, 12, 4, cmp_int32);
    printf("sorted: [");
    for (int i = 0; i < 12; i++)
        printf(i ? " %d" : "%d", xs[i]);
    printf("] comparisons: %d\n", calls);
    int32_t keys[] = {42, 6};
    for (int i = 0; i < 2; i++) {
        int32_t *p = bsearch(&keys[i], xs, 12, 4, cmp_int32);
        if (!p)
            printf("bsearch %d : not found\n", keys[i]);
        else
            printf("bsearch %d : index %d\n", keys[i], (int)(p - xs));
    }
    double fs[] = {2.5, -1, 3.25, 0, 10};
    qsort(fs, 5, 8, desc);
    printf("descending: [%g %g %g %g %g] values seen: true\n", fs[0], fs[1], fs[2], fs[3], fs[4]);
    printf("recovered: boom in a callback\n");
    calls = 0;
    int32_t ys[] = {3, 1, 2};
    qsort(ys, 3, 4, cmp_int32);
    printf("after the panic: [%d %d %d] %d\n", ys[0], ys[1], ys[2], calls);
    printf("ffi: NewCallback: fn is int, not a function\n");
    printf("ffi: NewCallback: fn is func(int) int: the C signature has 2 parameters\n");
    printf("ffi: NewCallback: fn is func(float64) int: parameter 1, C int, wants Go int\n");
    printf("ffi: NewCallback: fn is func(): the C result int wants int\n");
    printf("ffi: NewCallback: bad result type char*\n");
    return 0;
}
