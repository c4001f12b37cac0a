/*
 * panic.c — raising panics and Go's crash report; process output.
 *
 * Raising a panic records it on the goroutine and unwinds to the innermost
 * vm_execute, which runs the deferred calls (vm/interp.c). An unrecovered
 * panic prints what Go 1.19 prints — the chain of panics (printpanics:
 * error → Error(), Stringer → String(), basic kinds plainly, named basic
 * kinds as T(v), others as (T) 0xaddr; " [recovered]" marks), a blank line,
 * "goroutine N [running]:" and the frames where it was raised — and exits
 * with status 2.
 *
 * Standard output. Go's os.Stdout is not buffered: every write is a
 * write(2). golite writes through to a terminal the same way; to a pipe or
 * a file it buffers process-wide (out_lock) and keeps every order Go's
 * output has: the buffer is flushed before anything is written to stderr
 * (so a combined stream interleaves as Go's does), before a read of stdin
 * and a C call through ffi, at exit and os.Exit, before a crash report, and
 * when SIGINT, SIGTERM or SIGHUP end the process. It is also flushed when
 * it fills, when an M finds nothing to run (the program waits: a sleep, a
 * blocked receive) and by sysmon once its oldest byte is 10 ms old, so a
 * reader of the pipe sees the output in good time.
 */
#include <inttypes.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/runtime.h"
#include "runtime/sched.h"
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

static int stdout_direct;        /* stdout is a terminal: written through (set once at start) */
static int64_t stdout_since;    /* atomic: rt_nanotime of the oldest buffered byte; 0 when empty */

static void flush_locked(void)
{
    write_all(1, stdout_buf.s, stdout_buf.n);
    stdout_buf.n = 0;
    __atomic_store_n(&stdout_since, 0, __ATOMIC_RELAXED);
}

/* SIGINT, SIGTERM, SIGHUP: what was printed reaches stdout, then the
 * signal's default action ends the process as it would have ended Go's. */
static void flush_on_signal(int sig)
{
    if (pthread_mutex_trylock(&out_lock) == 0)
        flush_locked();     /* the lock stays held: nothing more is written */
    signal(sig, SIG_DFL);
    raise(sig);
}

void rt_output_init(void)
{
    stdout_direct = isatty(1);
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old;
        if (sigaction(sigs[i], NULL, &old) == 0 && !(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_DFL) {
            struct sigaction sa;
            memset(&sa, 0, sizeof sa);
            sa.sa_handler = flush_on_signal;
            sigemptyset(&sa.sa_mask);
            sigaction(sigs[i], &sa, NULL);
        }
    }
}

void rt_write(G *g, int fd, const void *p, size_t n)
{
    (void)g;
    pthread_mutex_lock(&out_lock);
    if (fd == 1 && !stdout_direct) {
        if (stdout_buf.n == 0)
            __atomic_store_n(&stdout_since, rt_nanotime(), __ATOMIC_RELAXED);
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

/* Flushes buffered output older than age ns (0: any). */
void rt_flush_stale(int64_t now, int64_t age)
{
    int64_t since = __atomic_load_n(&stdout_since, __ATOMIC_RELAXED);
    if (!since || (age > 0 && now - since < age))
        return;
    pthread_mutex_lock(&out_lock);
    flush_locked();
    pthread_mutex_unlock(&out_lock);
}

/* Flushes standard output and keeps the lock, so that nothing more is
 * written by other goroutines: the process is about to exit (rt_exit). */
void rt_flush_and_hold(void)
{
    pthread_mutex_lock(&out_lock);
    flush_locked();
}

/* Only one goroutine reports a crash: another that fails meanwhile waits
 * for the exit (Go's "panicking" count makes later ones block). */
static uint32_t dying;
static __thread int dying_here;     /* this thread is the one reporting */

static void die_once(void)
{
    if (dying_here)
        return;
    if (__atomic_exchange_n(&dying, 1, __ATOMIC_SEQ_CST))
        for (;;)
            pause();
    dying_here = 1;
}

static _Noreturn void crash(G *g, Buf *b)
{
    buf_puts(b, "\n");
    vm_traceback(g, b);
    rt_write(g, 2, b->s, b->n);
    rt_exit(2);
}

/* Runtime errors are values of runtime.errorString, a runtime.Error whose
 * Error() is the full text ("runtime error: index out of range [5] with
 * length 3", or Go's plain texts such as "assignment to entry in nil map").
 * The descriptor is the runtime's own: method signatures match the
 * program's by their type strings (rt_getitab). */
static void errorstring_error(G *g, uint64_t *a)
{
    (void)g;
    const GoString *s = (const GoString *)a[0];
    a[0] = (uint64_t)s->ptr;
    a[1] = (uint64_t)s->len;
}

static void errorstring_runtimeerror(G *g, uint64_t *a)
{
    (void)g;
    (void)a;
}

static const RType t_str = {.kind = RK_STRING, .align = 8, .size = 16, .str = "string"};
static const RType *string_out[1] = {&t_str};
static const RType t_func_string = {.kind = RK_FUNC, .align = 8, .size = 8, .str = "func() string",
                                    .out = string_out, .nout = 1, .flags = RT_DIRECT};
static const RType t_func = {.kind = RK_FUNC, .align = 8, .size = 8, .str = "func()", .flags = RT_DIRECT};
static Func f_error = {.name = "runtime.errorString.Error", .native = errorstring_error, .nparams = 1, .nresults = 2};
static Func f_rterror = {.name = "runtime.errorString.RuntimeError", .native = errorstring_runtimeerror, .nparams = 1};
static Closure c_error = {.fn = &f_error};
static Closure c_rterror = {.fn = &f_rterror};
static const RMethod errorstring_methods[2] = {
    {"Error", &t_func_string, &c_error},
    {"RuntimeError", &t_func, &c_rterror},
};
static const uint8_t errorstring_mask[1] = {1};
/* Go's kinds of runtime error, for %T of a recovered value. All hold their
 * text as a string behind the data word. */
#define ERROR_TYPE(var, s, n) \
    static const RType var = { \
        .kind = RK_STRING, .align = 8, .size = 16, .flags = RT_NAMED | RT_COMPARABLE | RT_HASPTR, \
        .str = s, .name = n, .pkgpath = "runtime", \
        .methods = errorstring_methods, .nmethods = 2, .ptrmask = errorstring_mask, \
    }
ERROR_TYPE(t_errorstring, "runtime.errorString", "errorString");
ERROR_TYPE(t_boundserror, "runtime.boundsError", "boundsError");
ERROR_TYPE(t_plainerror, "runtime.plainError", "plainError");
/* *runtime.TypeAssertionError: a pointer type, so the data word is the pointer */
static const RType t_typeassertion = {
    .kind = RK_POINTER, .align = 8, .size = 8, .flags = RT_DIRECT | RT_COMPARABLE | RT_HASPTR,
    .str = "*runtime.TypeAssertionError", .methods = errorstring_methods, .nmethods = 2,
    .ptrmask = errorstring_mask,
};

/* Starts a panic: runs the deferred calls (vm/interp.c) or, without a
 * vm_execute to unwind to, reports it. */
static _Noreturn void gopanic_k(G *g, GoEface v, int sig, int goexit)
{
    static const PtrLayout panic_layout = {
        PTR_WORD(Panic, link) | PTR_WORD(Panic, arg.type) | PTR_WORD(Panic, arg.data), PTR_WORDS(Panic), 0, NULL};
    Panic *p = rt_alloc_layout(g, sizeof(Panic), &panic_layout);
    p->arg = v;
    p->sigpanic = sig;
    p->goexit = goexit;
    p->link = g->panics;
    p->pc = g->pc;
    p->base = g->base;
    g->panics = p;
    if (!g->jb)
        rt_fatalpanic(g);
    longjmp(*(jmp_buf *)g->jb, 1);
}

static _Noreturn void gopanic(G *g, GoEface v, int sig)
{
    gopanic_k(g, v, sig, 0);
}

/* runtime.Goexit: the deferred calls run as for a panic that nothing can
 * recover; then the goroutine ends (for the main goroutine: Go's deadlock
 * report, vm/interp.c). */
_Noreturn void rt_goexit(G *g)
{
    gopanic_k(g, (GoEface){NULL, NULL}, 0, 1);
}

_Noreturn void rt_panic_runtime(G *g, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvasprintf(fmt, ap);
    va_end(ap);
    /* "\001" marks runtime.Errors whose text has no "runtime error: "
     * prefix (interface conversion errors). */
    Buf b = {0};
    if (msg[0] == '\001')
        buf_puts(&b, msg + 1);
    else
        buf_printf(&b, "runtime error: %s", msg);
    int sig = strcmp(msg, "invalid memory address or nil pointer dereference") == 0;
    const RType *t = &t_errorstring;
    if (!strncmp(msg, "index out of range", 18) || !strncmp(msg, "slice bounds out of range", 25))
        t = &t_boundserror;
    else if (!strncmp(msg, "\001interface conversion", 21))
        t = &t_typeassertion;
    else if (msg[0] == '\001')
        t = &t_plainerror;
    free(msg);
    /* a *runtime.TypeAssertionError points at {msg, missingMethod string}
     * (stdlib/runtime/runtime.go), of the program's type once package
     * runtime's init has given it */
    int tae = t == &t_typeassertion;
    GoString *s = rt_alloc_layout(g, sizeof(GoString) * (tae ? 2 : 1), &rt_strings_layout);
    *s = rt_string(g, b.s, b.n);
    if (tae) {
        const char *mm = strstr(b.s, ": missing method ");
        if (mm)
            s[1] = rt_cstring(g, mm + 17);
        if (g->prog && g->prog->t_typeassert)
            t = g->prog->t_typeassert;
    }
    buf_free(&b);
    gopanic(g, (GoEface){t, s}, sig);
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

static const GoString interrupted = { (const uint8_t *)"interrupted", 11 };

_Noreturn void rt_panic_interrupt(G *g)
{
    gopanic(g, (GoEface){ g->prog->t_string, (void *)&interrupted }, 0);
}

int rt_is_interrupt(GoEface v)
{
    return v.data == (void *)&interrupted;
}

void rt_print_panic_value(G *g, Buf *b, GoEface v)
{
    if (!v.type)
        buf_puts(b, "nil");
    else
        print_value(g, b, v);
}

/* Go's printpanics: the chain oldest first, "[recovered]" on recovered
 * ones, each later one indented. */
static void print_panics(G *g, Buf *b, Panic *p)
{
    if (p->link) {
        print_panics(g, b, p->link);
        buf_putc(b, '\t');
    }
    buf_puts(b, "panic: ");
    if (!p->arg.type)
        buf_puts(b, "nil");
    else
        print_value(g, b, p->arg);
    if (p->recovered)
        buf_puts(b, " [recovered]");
    buf_putc(b, '\n');
}

_Noreturn void rt_fatalpanic(G *g)
{
    die_once();
    Panic *p = g->panics;
    Buf b = {0};
    /* as Go's preprintpanics: the values' Error()/String() run first; a
     * panic in one of them is its own fatal error */
    jmp_buf jb;
    g->jb = &jb;
    if (setjmp(jb) != 0) {
        Panic *np = g->panics;
        g->jb = NULL;
        Buf f = {0};
        buf_puts(&f, "fatal error: panic while printing panic value: ");
        if (np->arg.type && np->arg.type->kind == RK_STRING) {
            const GoString *str = eface_value_ptr(&np->arg);
            buf_add(&f, (const char *)str->ptr, (size_t)str->len);
        } else if (np->arg.type) {
            buf_printf(&f, "(%s) %p", np->arg.type->str, np->arg.data);
        } else {
            buf_puts(&f, "nil");
        }
        buf_putc(&f, '\n');
        g->pc = np->pc;
        g->base = np->base;
        crash(g, &f);
    }
    print_panics(g, &b, p);
    g->jb = NULL;
    if (p->sigpanic)
        buf_puts(&b, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    g->pc = p->pc;
    g->base = p->base;
    crash(g, &b);
}

_Noreturn void rt_panic_value(G *g, GoEface v)
{
    gopanic(g, v, 0);
}

_Noreturn void rt_panic_string(G *g, const char *msg)
{
    GoString *s = rt_alloc_layout(g, sizeof(GoString), &rt_strings_layout);
    *s = rt_cstring(g, msg);
    gopanic(g, (GoEface){g->prog && g->prog->t_string ? g->prog->t_string : &t_str, s}, 0);
}

_Noreturn void rt_fatal(G *g, const char *fmt, ...)
{
    die_once();
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
    GoString *v = rt_alloc_layout(g, sizeof(GoString) * (size_t)(prog_argc + 1), &rt_strings_layout);
    for (int i = 0; i < prog_argc; i++)
        v[i] = rt_cstring(g, prog_argv[i]);
    return (GoSlice){v, prog_argc, prog_argc};
}
