/* The reference for errors.go: ffi's own messages (C has no counterpart) and
 * the results C computes. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    printf("void parameter: ffi: abs: parameter 1 is void: void is only a result type\n");
    printf("bad result type: ffi: abs: bad result type ffi.Type(-1)\n");
    printf("bad parameter type: ffi: abs: bad type ffi.Type(42) of parameter 2\n");
    printf("too many: ffi: int abs(int) takes 1 argument, called with 2\n");
    printf("too few: ffi: int abs(int) takes 1 argument, called with 0\n");
    printf("string for int: ffi: abs: argument 1 is string, not a Go value for C int\n");
    printf("float for int: ffi: abs: argument 1 is float64, not a Go value for C int\n");
    printf("int for string: ffi: atof: argument 1 is int, not a Go value for C char*\n");
    printf("nil for int: ffi: abs: argument 1 is nil, not a Go value for C int\n");
    printf("slice for double: ffi: atof: argument 1 is []int, not a Go value for C char*\n");
    printf("still works: %d %g\n", abs(-3), atof("2.5"));
    printf("close: <nil>\n");
    printf("close again: ffi: library libc.so.6 is already closed\n");
    printf("after close: ffi: abs called after its library libc.so.6 was closed\n");
    printf("sym after close: ffi: library libc.so.6 is closed\n");
    return 0;
}
