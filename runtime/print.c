/*
 * print.c — the print and println builtins, in Go's runtime formats
 * (runtime/print.go): floats as +1.234560e+000, pointers in hex, slices as
 * [len/cap]0xptr, interfaces as (0xtype,0xdata). Output goes to stderr,
 * after flushing buffered stdout so the two streams interleave as in go.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "runtime/runtime.h"
#include "util/buf.h"

/* Go's printfloat, operation for operation. */
void rt_print_float(Buf *b, double v)
{
    if (v != v) {
        buf_puts(b, "NaN");
        return;
    }
    if (v + v == v && v > 0) {
        buf_puts(b, "+Inf");
        return;
    }
    if (v + v == v && v < 0) {
        buf_puts(b, "-Inf");
        return;
    }
    enum { N = 7 };
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0)
            buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < N; i++)
            h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= (double)s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[N + 3] = '-';
    }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)((e / 10) % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    buf_add(b, buf, sizeof buf);
}

void rt_print(G *g, int kind, const uint64_t *v)
{
    Buf b = {0};
    switch (kind) {
    case PK_BOOL: buf_puts(&b, v[0] ? "true" : "false"); break;
    case PK_INT: buf_printf(&b, "%" PRId64, (int64_t)v[0]); break;
    case PK_UINT: buf_printf(&b, "%" PRIu64, v[0]); break;
    case PK_FLOAT: {
        double d;
        memcpy(&d, v, 8);
        rt_print_float(&b, d);
        break;
    }
    case PK_FLOAT32: {
        float f;
        memcpy(&f, v, 4);
        rt_print_float(&b, f);
        break;
    }
    case PK_COMPLEX: {
        double d[2];
        memcpy(d, v, 16);
        buf_putc(&b, '(');
        rt_print_float(&b, d[0]);
        rt_print_float(&b, d[1]);
        buf_puts(&b, "i)");
        break;
    }
    case PK_COMPLEX64: {
        float f[2];
        memcpy(f, v, 8);
        buf_putc(&b, '(');
        rt_print_float(&b, f[0]);
        rt_print_float(&b, f[1]);
        buf_puts(&b, "i)");
        break;
    }
    case PK_STRING: buf_add(&b, (const char *)v[0], (size_t)v[1]); break;
    case PK_POINTER: buf_printf(&b, "0x%" PRIx64, v[0]); break;
    case PK_SLICE: buf_printf(&b, "[%" PRId64 "/%" PRId64 "]0x%" PRIx64, (int64_t)v[1], (int64_t)v[2], v[0]); break;
    case PK_EFACE: case PK_IFACE: buf_printf(&b, "(0x%" PRIx64 ",0x%" PRIx64 ")", v[0], v[1]); break;
    case PK_SPACE: buf_putc(&b, ' '); break;
    case PK_NEWLINE: buf_putc(&b, '\n'); break;
    }
    rt_write(g, 2, b.s, b.n);
    buf_free(&b);
}
