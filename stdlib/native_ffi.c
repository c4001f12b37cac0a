/*
 * native_ffi.c — the natives of package ffi (stdlib/ffi/ffi.go holds the Go
 * side and the user's documentation): dlopen/dlsym/dlclose, the prepared
 * call interface of a signature, and the call itself over libffi.
 *
 * A signature (Sig) lives in C memory from Lib.Func until Lib.Close: libffi's
 * cif, the ffi.Type of the result and of each parameter, and libffi's
 * parameter type array. A call converts each argument — an empty interface
 * in the Go slice — by its dynamic type's kind into a 64-bit word (a
 * float's image in the low half, as libffi reads a value of the parameter's
 * size from the start of the word on little-endian amd64) or, for a String
 * parameter, a malloc'd NUL-terminated copy; then flushes golite's buffered
 * stdout, enters system-call state (the P can be handed to another M while C
 * runs), calls, leaves it, and flushes C's stdout. Go memory handed to C (a
 * pointer, a slice's array) stays reachable from the caller's argument slice
 * for the whole call.
 *
 * Callbacks (NewCallback): a libffi closure whose handler, on the thread of
 * the C call that called it (ffi_calling), leaves system-call state, converts
 * the C arguments into the Go function's register words, calls it with
 * vm_call (a nested VM entry: it may block, the M waits with the G), writes
 * its result for C and enters system-call state again. A panic leaving the
 * Go function unwinds through the C frames to the Go caller of Func.Call.
 *
 * A crash inside the C function (SIGSEGV, SIGBUS, SIGFPE, SIGILL on the
 * thread making the call) ends the program as Go's runtime does for a crash
 * in C code: "fatal error: unexpected signal during runtime execution", the
 * signal line, the calling goroutine's trace, exit status 2. The handlers are
 * installed at the first call; a signal outside a C call goes to the handler
 * that was there before (the default one, or a sanitizer's).
 */
#include <dlfcn.h>
#include <ffi.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#include "runtime/sched.h"
#include "stdlib/native.h"
#include "vm/vm.h"

/* ffi.Type, in ffi.go's order. */
enum {
    FT_VOID, FT_INT8, FT_INT16, FT_INT32, FT_INT64, FT_UINT8, FT_UINT16, FT_UINT32, FT_UINT64,
    FT_INT, FT_UINT, FT_LONG, FT_ULONG, FT_SIZET, FT_FLOAT, FT_DOUBLE, FT_POINTER, FT_STRING,
    FT_COUNT
};

static const char *const ctype_names[FT_COUNT] = {
    "void", "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t",
    "uint64_t", "int", "unsigned int", "long", "unsigned long", "size_t", "float", "double",
    "void*", "char*",
};

static ffi_type *ctype_ffi(int t)
{
    switch (t) {
    case FT_VOID: return &ffi_type_void;
    case FT_INT8: return &ffi_type_sint8;
    case FT_INT16: return &ffi_type_sint16;
    case FT_INT32: return &ffi_type_sint32;
    case FT_INT64: return &ffi_type_sint64;
    case FT_UINT8: return &ffi_type_uint8;
    case FT_UINT16: return &ffi_type_uint16;
    case FT_UINT32: return &ffi_type_uint32;
    case FT_UINT64: return &ffi_type_uint64;
    case FT_INT: return &ffi_type_sint;
    case FT_UINT: return &ffi_type_uint;
    case FT_LONG: return &ffi_type_slong;
    case FT_ULONG: return &ffi_type_ulong;
    case FT_SIZET: return sizeof(size_t) == 8 ? &ffi_type_uint64 : &ffi_type_uint32;
    case FT_FLOAT: return &ffi_type_float;
    case FT_DOUBLE: return &ffi_type_double;
    default: return &ffi_type_pointer;     /* FT_POINTER, FT_STRING */
    }
}

typedef struct Sig {
    ffi_cif cif;
    int ret;
    int nargs;
    ffi_type **atypes;      /* nargs entries, after args */
    int args[];
} Sig;

/* func dlopen(name string) (h uintptr, msg string) */
static void ffi_dlopen(G *g, uint64_t *a)
{
    GoString name = nat_str(a, 0);
    char *cname = NULL;
    if (name.len) {
        cname = malloc((size_t)name.len + 1);
        memcpy(cname, name.ptr, (size_t)name.len);
        cname[name.len] = 0;
    }
    entersyscall(g);    /* loading a library reads files and runs its constructors */
    void *h = dlopen(cname, RTLD_NOW | RTLD_LOCAL);
    const char *err = h ? NULL : dlerror();
    char *msg = err ? strdup(err) : NULL;
    exitsyscall(g);
    free(cname);
    a[0] = (uint64_t)(uintptr_t)h;
    ret_str(a, 1, msg ? rt_cstring(g, msg) : (GoString){NULL, 0});
    free(msg);
}

/* func dlsym(h uintptr, name string) (p uintptr, msg string) */
static void ffi_dlsym(G *g, uint64_t *a)
{
    void *h = (void *)(uintptr_t)a[0];
    GoString name = nat_str(a, 1);
    char *cname = malloc((size_t)name.len + 1);
    memcpy(cname, name.ptr, (size_t)name.len);
    cname[name.len] = 0;
    dlerror();
    void *p = dlsym(h, cname);
    const char *err = dlerror();    /* a symbol may be NULL without an error */
    GoString msg = err ? rt_cstring(g, err) : (GoString){NULL, 0};
    if (!err && !p)
        msg = rt_cstring(g, "ffi: symbol is NULL");
    free(cname);
    a[0] = (uint64_t)(uintptr_t)p;
    ret_str(a, 1, msg);
}

/* func dlclose(h uintptr) (msg string) */
static void ffi_dlclose(G *g, uint64_t *a)
{
    void *h = (void *)(uintptr_t)a[0];
    GoString msg = {NULL, 0};
    if (dlclose(h) != 0) {
        const char *err = dlerror();
        msg = rt_cstring(g, err ? err : "dlclose failed");
    }
    ret_str(a, 0, msg);
}

/* A signature in C memory: libffi's call interface for result type ret and
 * the n parameter types args (checked in Go). */
static Sig *sig_new(G *g, int ret, const int64_t *args, int n)
{
    Sig *s = malloc(sizeof(Sig) + (size_t)n * sizeof(int) + (size_t)(n ? n : 1) * sizeof(ffi_type *) + 8);
    if (!s)
        rt_fatal(g, "runtime: out of memory");
    s->ret = ret;
    s->nargs = n;
    s->atypes = (ffi_type **)(((uintptr_t)&s->args[n] + 7) & ~(uintptr_t)7);
    for (int i = 0; i < n; i++) {
        s->args[i] = (int)args[i];
        s->atypes[i] = ctype_ffi(s->args[i]);
    }
    if (ffi_prep_cif(&s->cif, FFI_DEFAULT_ABI, (unsigned)n, ctype_ffi(ret), s->atypes) != FFI_OK)
        rt_fatal(g, "ffi: libffi cannot prepare a call interface");
    return s;
}

/* func prep(ret Type, args []Type) uintptr */
static void ffi_prep(G *g, uint64_t *a)
{
    GoSlice args = nat_slice(a, 1);
    a[0] = (uint64_t)(uintptr_t)sig_new(g, (int)(int64_t)a[0], args.ptr, (int)args.len);
}

/* func freesig(sig uintptr) */
static void ffi_freesig(G *g, uint64_t *a)
{
    (void)g;
    free((void *)(uintptr_t)a[0]);
}

/* The integer an argument holds, if its kind is an integer or a bool:
 * extended to 64 bits as registers hold it. */
static int int_value(const GoEface *e, uint64_t *out)
{
    int k = e->type->kind;
    if (k != RK_BOOL && !(k >= RK_INT && k <= RK_UINTPTR))
        return 0;
    rtype_load_regs(e->type, eface_value_ptr(e), out);
    return 1;
}

static int is_signed_kind(int k)
{
    return k == RK_INT || k == RK_INT8 || k == RK_INT16 || k == RK_INT32 || k == RK_INT64;
}

/* Converts argument e for a parameter of C type t into *w (or a malloc'd
 * string into *w for FT_STRING); 0 when its kind does not fit. */
static int convert(const GoEface *e, int t, uint64_t *w)
{
    uint64_t v;
    if (!e->type)       /* nil */
        return (t == FT_POINTER || t == FT_STRING) ? (*w = 0, 1) : 0;
    int k = e->type->kind;
    const void *p = eface_value_ptr(e);
    switch (t) {
    case FT_FLOAT: case FT_DOUBLE: {
        double d;
        if (k == RK_FLOAT64)
            d = *(const double *)p;
        else if (k == RK_FLOAT32)
            d = *(const float *)p;
        else if (k != RK_BOOL && int_value(e, &v))
            d = is_signed_kind(k) ? (double)(int64_t)v : (double)v;
        else
            return 0;
        *w = 0;
        if (t == FT_FLOAT) {
            float f = (float)d;
            memcpy(w, &f, 4);
        } else {
            memcpy(w, &d, 8);
        }
        return 1;
    }
    case FT_POINTER:
        if (k == RK_POINTER && e->data && !strcmp(e->type->str, "*ffi.Callback")) {
            *w = *(const uint64_t *)e->data;     /* Callback.ptr, its first field */
            return 1;
        }
        if (k == RK_POINTER || k == RK_UNSAFEPTR || k == RK_MAP || k == RK_CHAN || k == RK_FUNC) {
            *w = (uint64_t)(uintptr_t)e->data;
            return 1;
        }
        if (k == RK_SLICE) {
            *w = (uint64_t)(uintptr_t)((const GoSlice *)p)->ptr;
            return 1;
        }
        if (k != RK_BOOL && int_value(e, &v)) {
            *w = v;
            return 1;
        }
        return 0;
    case FT_STRING: {
        if (k != RK_STRING)
            return 0;
        const GoString *s = p;
        char *c = malloc((size_t)s->len + 1);
        if (s->len)
            memcpy(c, s->ptr, (size_t)s->len);
        c[s->len] = 0;
        *w = (uint64_t)(uintptr_t)c;
        return 1;
    }
    default:
        if (!int_value(e, &v))
            return 0;
        *w = v;     /* libffi reads the parameter's width from the low bytes */
        return 1;
    }
}

/* The result's bits: integers sign- or zero-extended from their C width. */
static uint64_t result_bits(int t, const uint64_t *r)
{
    switch (t) {
    case FT_INT8: return (uint64_t)(int64_t)(int8_t)*r;
    case FT_INT16: return (uint64_t)(int64_t)(int16_t)*r;
    case FT_INT32: case FT_INT: return (uint64_t)(int64_t)(int32_t)*r;
    case FT_UINT8: return (uint8_t)*r;
    case FT_UINT16: return (uint16_t)*r;
    case FT_UINT32: case FT_UINT: return (uint32_t)*r;
    case FT_FLOAT: return (uint32_t)*r;
    case FT_VOID: return 0;
    default: return *r;
    }
}

static __thread G *ffi_calling;           /* the goroutine in a C call on this thread */
static __thread const char *ffi_calling_name;
static struct sigaction old_actions[4];
static const int fault_signals[4] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL};
static pthread_once_t handlers_once = PTHREAD_ONCE_INIT;
/* The fault report's buffer, allocated with the handlers: a signal handler
 * must not call malloc (the fault may have happened inside it); only a report
 * longer than this (a traceback of thousands of frames) grows it. */
enum { FAULT_BUF_BYTES = 256 << 10 };
static Buf fault_buf;

static void ffi_fault(int sig, siginfo_t *si, void *ucv)
{
    G *g = ffi_calling;
    int k = 0;
    while (k < 3 && fault_signals[k] != sig)
        k++;
    if (!g) {       /* not in a C call: whoever handled it before */
        sigaction(sig, &old_actions[k], NULL);
        return;     /* the instruction faults again */
    }
    ffi_calling = NULL;
    uintptr_t pc = 0;
#if defined(__x86_64__) && defined(REG_RIP)
    pc = (uintptr_t)((ucontext_t *)ucv)->uc_mcontext.gregs[REG_RIP];
#else
    (void)ucv;
#endif
    static const char *const names[4] = {
        "SIGSEGV: segmentation violation", "SIGBUS: bus error", "SIGFPE: floating-point exception",
        "SIGILL: illegal instruction",
    };
    Buf b = fault_buf;      /* allocated beforehand: the fault may be inside malloc */
    buf_printf(&b, "fatal error: unexpected signal during runtime execution\n"
                   "[signal %s code=0x%x addr=0x%lx pc=0x%lx]\n"
                   "[in the C function %s, called through ffi]\n\n",
               names[k], (unsigned)si->si_code, (unsigned long)(uintptr_t)si->si_addr,
               (unsigned long)pc, ffi_calling_name);
    vm_traceback_waiting(g, &b, "syscall");
    rt_write(g, 2, b.s, b.n);
    rt_exit(2);
}

static void install_handlers(void)
{
    fault_buf.cap = FAULT_BUF_BYTES;
    fault_buf.s = xmalloc(fault_buf.cap);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = ffi_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    for (int k = 0; k < 4; k++)
        sigaction(fault_signals[k], &sa, &old_actions[k]);
}

/* func call(name string, fn, sig uintptr, args []any) (bits uint64, s string) */
static void ffi_call_native(G *g, uint64_t *a)
{
    GoString name = nat_str(a, 0);
    void *fn = (void *)(uintptr_t)a[2];
    Sig *s = (Sig *)(uintptr_t)a[3];
    GoSlice args = nat_slice(a, 4);
    const GoEface *av = args.ptr;
    int n = s->nargs;
    uint64_t small[8], *words = n <= 8 ? small : malloc((size_t)n * sizeof(uint64_t));
    void *smallp[8], **ptrs = n <= 8 ? smallp : malloc((size_t)n * sizeof(void *));
    for (int i = 0; i < n; i++) {
        if (!convert(&av[i], s->args[i], &words[i])) {
            for (int j = 0; j < i; j++)
                if (s->args[j] == FT_STRING)
                    free((void *)(uintptr_t)words[j]);
            char msg[512];
            snprintf(msg, sizeof msg, "ffi: %.*s: argument %d is %s, not a Go value for C %s",
                     (int)(name.len > 200 ? 200 : name.len), (const char *)name.ptr, i + 1,
                     av[i].type ? av[i].type->str : "nil", ctype_names[s->args[i]]);
            if (words != small) {
                free(words);
                free(ptrs);
            }
            rt_panic_string(g, msg);
        }
        ptrs[i] = &words[i];
    }
    uint64_t r[2] = {0, 0};     /* libffi writes at least an ffi_arg */
    char cname[128];
    snprintf(cname, sizeof cname, "%.*s", (int)(name.len > 120 ? 120 : name.len), (const char *)name.ptr);
    pthread_once(&handlers_once, install_handlers);
    rt_flush(g);
    entersyscall(g);
    ffi_calling_name = cname;
    ffi_calling = g;
    ffi_call(&s->cif, FFI_FN(fn), r, ptrs);
    ffi_calling = NULL;
    fflush(stdout);
    exitsyscall(g);
    for (int i = 0; i < n; i++)
        if (s->args[i] == FT_STRING)
            free((void *)(uintptr_t)words[i]);
    if (words != small) {
        free(words);
        free(ptrs);
    }
    GoString str = {NULL, 0};
    if (s->ret == FT_STRING && r[0])
        str = rt_cstring(g, (const char *)(uintptr_t)r[0]);
    a[0] = result_bits(s->ret, r);
    ret_str(a, 1, str);
}

/* The Go kind a parameter or result of C type t has in Go. */
static int go_kind_ok(int t, int k)
{
    switch (t) {
    case FT_INT8: return k == RK_INT8;
    case FT_INT16: return k == RK_INT16;
    case FT_INT32: return k == RK_INT32;
    case FT_INT64: return k == RK_INT64;
    case FT_UINT8: return k == RK_UINT8;
    case FT_UINT16: return k == RK_UINT16;
    case FT_UINT32: return k == RK_UINT32;
    case FT_UINT64: return k == RK_UINT64;
    case FT_INT: case FT_LONG: return k == RK_INT;
    case FT_UINT: case FT_ULONG: case FT_SIZET: return k == RK_UINT;
    case FT_FLOAT: return k == RK_FLOAT32;
    case FT_DOUBLE: return k == RK_FLOAT64;
    case FT_POINTER: return k == RK_UINTPTR || k == RK_UNSAFEPTR;
    case FT_STRING: return k == RK_STRING;
    default: return 0;
    }
}

static const char *const go_names[FT_COUNT] = {
    "", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "int", "uint",
    "int", "uint", "uint", "float32", "float64", "uintptr", "string",
};

typedef struct CbData {
    Sig *sig;
    Closure *fn;
    int nwords;             /* the Go function's parameter words */
} CbData;

static void cb_handler(ffi_cif *cif, void *ret, void **args, void *ud)
{
    (void)cif;
    CbData *cb = ud;
    G *g = ffi_calling;
    if (!g) {
        static const char msg[] = "fatal error: ffi: a callback was called outside a C call made through ffi "
                                  "(from another thread, or after the call returned)\n";
        if (write(2, msg, sizeof msg - 1) < 0) {}
        _exit(2);
    }
    const char *name = ffi_calling_name;
    ffi_calling = NULL;
    exitsyscall(g);
    Sig *s = cb->sig;
    uint64_t small[16], *w = cb->nwords <= 16 ? small : malloc((size_t)cb->nwords * 8);
    int k = 0;
    for (int i = 0; i < s->nargs; i++) {
        const void *a = args[i];
        switch (s->args[i]) {
        case FT_INT8: w[k++] = (uint64_t)(int64_t)*(const int8_t *)a; break;
        case FT_INT16: w[k++] = (uint64_t)(int64_t)*(const int16_t *)a; break;
        case FT_INT32: case FT_INT: w[k++] = (uint64_t)(int64_t)*(const int32_t *)a; break;
        case FT_UINT8: w[k++] = *(const uint8_t *)a; break;
        case FT_UINT16: w[k++] = *(const uint16_t *)a; break;
        case FT_UINT32: case FT_UINT: w[k++] = *(const uint32_t *)a; break;
        case FT_FLOAT: w[k++] = *(const uint32_t *)a; break;
        case FT_STRING: {
            const char *cs = *(const char *const *)a;
            GoString str = cs ? rt_cstring(g, cs) : (GoString){NULL, 0};
            w[k++] = (uint64_t)(uintptr_t)str.ptr;
            w[k++] = (uint64_t)str.len;
            break;
        }
        default: w[k++] = *(const uint64_t *)a; break;     /* 64-bit integers, double, pointers */
        }
    }
    uint64_t res[1] = {0};
    vm_call(g, cb->fn, w, k, res, s->ret == FT_VOID ? 0 : 1);
    if (w != small)
        free(w);
    switch (s->ret) {
    case FT_VOID: break;
    case FT_INT8: case FT_INT16: case FT_INT32: case FT_INT: case FT_LONG: case FT_INT64:
        *(ffi_sarg *)ret = (ffi_sarg)(int64_t)res[0];
        break;
    case FT_UINT8: *(ffi_arg *)ret = (uint8_t)res[0]; break;
    case FT_UINT16: *(ffi_arg *)ret = (uint16_t)res[0]; break;
    case FT_UINT32: case FT_UINT: *(ffi_arg *)ret = (uint32_t)res[0]; break;
    case FT_FLOAT: memcpy(ret, res, 4); break;
    default: memcpy(ret, res, 8); break;
    }
    entersyscall(g);
    ffi_calling_name = name;
    ffi_calling = g;
}

/* func newcallback(fn any, ret Type, args []Type) (ptr uintptr, sig uintptr, msg string) */
static void ffi_newcallback(G *g, uint64_t *a)
{
    GoEface fn = {(const RType *)(uintptr_t)a[0], (void *)(uintptr_t)a[1]};
    int ret = (int)(int64_t)a[2];
    GoSlice targs = nat_slice(a, 3);
    int n = (int)targs.len;
    const int64_t *tv = targs.ptr;
    char msg[256] = "";
    const RType *ft = fn.type;
    if (!ft || ft->kind != RK_FUNC)
        snprintf(msg, sizeof msg, "fn is %s, not a function", ft ? ft->str : "nil");
    else if (!fn.data)
        snprintf(msg, sizeof msg, "fn is a nil %s", ft->str);
    else if ((ft->flags & RT_VARIADIC) || ft->nin != n)
        snprintf(msg, sizeof msg, "fn is %s: the C signature has %d parameter%s", ft->str, n, n == 1 ? "" : "s");
    else if (ret == FT_VOID ? ft->nout != 0 : (ft->nout != 1 || !go_kind_ok(ret, ft->out[0]->kind)))
        snprintf(msg, sizeof msg, "fn is %s: the C result %s wants %s", ft->str, ctype_names[ret],
                 ret == FT_VOID ? "no result" : go_names[ret]);
    for (int i = 0; !msg[0] && i < n; i++)
        if (!go_kind_ok((int)tv[i], ft->in[i]->kind))
            snprintf(msg, sizeof msg, "fn is %s: parameter %d, C %s, wants Go %s%s", ft->str, i + 1,
                     ctype_names[tv[i]], go_names[tv[i]], tv[i] == FT_POINTER ? " or unsafe.Pointer" : "");
    if (msg[0]) {
        a[0] = a[1] = 0;
        ret_str(a, 2, rt_cstring(g, msg));
        return;
    }
    Sig *sig = sig_new(g, ret, tv, n);
    CbData *cb = malloc(sizeof *cb);
    void *code = NULL;
    ffi_closure *cl = ffi_closure_alloc(sizeof(ffi_closure), &code);
    if (!cb || !cl)
        rt_fatal(g, "runtime: out of memory");
    cb->sig = sig;
    cb->fn = fn.data;
    cb->nwords = 0;
    for (int i = 0; i < n; i++)
        cb->nwords += tv[i] == FT_STRING ? 2 : 1;
    if (ffi_prep_closure_loc(cl, &sig->cif, cb_handler, cb, code) != FFI_OK)
        rt_fatal(g, "ffi: libffi cannot prepare a closure");
    a[0] = (uint64_t)(uintptr_t)code;
    a[1] = (uint64_t)(uintptr_t)sig;
    ret_str(a, 2, (GoString){NULL, 0});
}

/* func GoString(p uintptr) string */
static void ffi_gostring(G *g, uint64_t *a)
{
    const char *p = (const char *)(uintptr_t)a[0];
    ret_str(a, 0, p ? rt_cstring(g, p) : (GoString){NULL, 0});
}

/* func GoBytes(p uintptr, n int) []byte */
static void ffi_gobytes(G *g, uint64_t *a)
{
    const void *p = (const void *)(uintptr_t)a[0];
    int64_t n = (int64_t)a[1];
    if (n < 0)
        rt_panic_string(g, "ffi: GoBytes: negative length");
    if (!p && n > 0)
        rt_panic_string(g, "ffi: GoBytes: nil pointer");
    GoSlice s = natives_append(g, (GoSlice){NULL, 0, 0}, p, (size_t)n);
    ret_slice(a, 0, s);
}

const NativeDef natives_ffi[] = {
    {"ffi.dlopen", ffi_dlopen},
    {"ffi.dlsym", ffi_dlsym},
    {"ffi.dlclose", ffi_dlclose},
    {"ffi.prep", ffi_prep},
    {"ffi.freesig", ffi_freesig},
    {"ffi.call", ffi_call_native},
    {"ffi.GoString", ffi_gostring},
    {"ffi.GoBytes", ffi_gobytes},
    {"ffi.newcallback", ffi_newcallback},
    {NULL, NULL},
};
