/*
 * panic.c — raising panics and Go's crash report; process output.
 *
 * Until issue 5 brings defer and recover, a panic cannot be caught: raising
 * one prints what Go 1.19 prints for an uncaught panic — "panic: " and the
 * value (printpanics: error → Error(), Stringer → String(), basic kinds
 * plainly, named basic kinds as T(v), others as (T) 0xaddr), a blank line,
 * "goroutine N [running]:" and the frames — and exits with status 2.
 *
 * Standard output is buffered process-wide (out_lock) and flushed at exit,
 * before anything is written to stderr, and when the buffer fills.
 */
#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/runtime.h"
#include "util/mem.h"
#include "vm/vm.h"

static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;
static Buf stdout_buf;   /* guarded by out_lock */

static void write_all(int fd, const void *p, size_t n)
{
    const char *s = p;
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w <= 0)
            return;
        s += w;
        n -= (size_t)w;
    }
}

static void flush_locked(void)
{
    write_all(1, stdout_buf.s, stdout_buf.n);
    stdout_buf.n = 0;
}

void rt_write(G *g, int fd, const void *p, size_t n)
{
    (void)g;
    pthread_mutex_lock(&out_lock);
    if (fd == 1) {
        buf_add(&stdout_buf, p, n);
        if (stdout_buf.n >= 1 << 16)
            flush_locked();
    } else {
        flush_locked();
        write_all(fd, p, n);
    }
    pthread_mutex_unlock(&out_lock);
}

void rt_flush(G *g)
{
    (void)g;
    pthread_mutex_lock(&out_lock);
    flush_locked();
    pthread_mutex_unlock(&out_lock);
}

static _Noreturn void crash(G *g, Buf *b)
{
    buf_puts(b, "\n");
    vm_traceback(g, b);
    rt_write(g, 2, b->s, b->n);
    rt_flush(g);
    exit(2);
}

_Noreturn void rt_panic_runtime(G *g, const char *fmt, ...)
{
    Buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvasprintf(fmt, ap);
    va_end(ap);
    /* "\001" marks runtime.Errors whose text has no "runtime error: "
     * prefix (interface conversion errors). */
    if (msg[0] == '\001')
        buf_printf(&b, "panic: %s\n", msg + 1);
    else
        buf_printf(&b, "panic: runtime error: %s\n", msg);
    if (strcmp(msg, "invalid memory address or nil pointer dereference") == 0)
        buf_puts(&b, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    free(msg);
    crash(g, &b);
}

static void print_value(G *g, Buf *b, GoEface v)
{
    const RType *t = v.type;
    const void *p = eface_value_ptr(&v);
    const RMethod *m;
    if ((m = rtype_method(t, "Error")) || (m = rtype_method(t, "String"))) {
        if (m->type->nin == 0 && m->type->nout == 1 && m->type->out[0]->kind == RK_STRING) {
            GoString s = rt_call_string_method(g, m, v.data);
            buf_add(b, (const char *)s.ptr, (size_t)s.len);
            return;
        }
    }
    Buf val = {0};
    int plain = 1;
    switch ((RKind)t->kind) {
    case RK_BOOL: buf_puts(&val, *(const uint8_t *)p ? "true" : "false"); break;
    case RK_INT: case RK_INT64: buf_printf(&val, "%" PRId64, *(const int64_t *)p); break;
    case RK_INT8: buf_printf(&val, "%d", *(const int8_t *)p); break;
    case RK_INT16: buf_printf(&val, "%d", *(const int16_t *)p); break;
    case RK_INT32: buf_printf(&val, "%d", *(const int32_t *)p); break;
    case RK_UINT: case RK_UINT64: case RK_UINTPTR: buf_printf(&val, "%" PRIu64, *(const uint64_t *)p); break;
    case RK_UINT8: buf_printf(&val, "%u", *(const uint8_t *)p); break;
    case RK_UINT16: buf_printf(&val, "%u", *(const uint16_t *)p); break;
    case RK_UINT32: buf_printf(&val, "%u", *(const uint32_t *)p); break;
    case RK_FLOAT32: rt_print_float(&val, *(const float *)p); break;
    case RK_FLOAT64: rt_print_float(&val, *(const double *)p); break;
    case RK_COMPLEX64: case RK_COMPLEX128: {
        int c64 = t->kind == RK_COMPLEX64;
        buf_putc(&val, '(');
        rt_print_float(&val, c64 ? ((const float *)p)[0] : ((const double *)p)[0]);
        rt_print_float(&val, c64 ? ((const float *)p)[1] : ((const double *)p)[1]);
        buf_puts(&val, "i)");
        break;
    }
    case RK_STRING: {
        const GoString *s = p;
        buf_add(&val, (const char *)s->ptr, (size_t)s->len);
        if (t->flags & RT_NAMED) {
            buf_printf(b, "%s(\"", t->str);
            buf_add(b, val.s, val.n);
            buf_puts(b, "\")");
            buf_free(&val);
            return;
        }
        break;
    }
    default:
        plain = 0;
        buf_printf(b, "(%s) %p", t->str, v.data);
    }
    if (plain) {
        if (t->flags & RT_NAMED)
            buf_printf(b, "%s(", t->str);
        buf_add(b, val.s, val.n);
        if (t->flags & RT_NAMED)
            buf_putc(b, ')');
    }
    buf_free(&val);
}

_Noreturn void rt_panic_value(G *g, GoEface v)
{
    Buf b = {0};
    buf_puts(&b, "panic: ");
    if (!v.type)
        buf_puts(&b, "nil");
    else
        print_value(g, &b, v);
    buf_putc(&b, '\n');
    crash(g, &b);
}

_Noreturn void rt_panic_string(G *g, const char *msg)
{
    Buf b = {0};
    buf_printf(&b, "panic: %s\n", msg);
    crash(g, &b);
}

_Noreturn void rt_fatal(G *g, const char *fmt, ...)
{
    Buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvasprintf(fmt, ap);
    va_end(ap);
    buf_printf(&b, "fatal error: %s\n", msg);
    free(msg);
    crash(g, &b);
}

static int prog_argc;
static char **prog_argv;   /* written once before the program starts */

void rt_set_args(int argc, char **argv)
{
    prog_argc = argc;
    prog_argv = argv;
}

GoSlice rt_args(G *g)
{
    GoString *v = rt_alloc_bytes(g, sizeof(GoString) * (size_t)(prog_argc + 1));
    for (int i = 0; i < prog_argc; i++)
        v[i] = rt_cstring(g, prog_argv[i]);
    return (GoSlice){v, prog_argc, prog_argc};
}
