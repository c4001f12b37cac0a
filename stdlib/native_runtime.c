/*
 * native_runtime.c — natives of packages runtime and runtime/debug: Goexit
 * (deferred calls, then the goroutine ends), the scheduler's entries, and
 * the collector's (runtime/gc.c): GC, finalizers, SetGCPercent,
 * FreeOSMemory; the stack's frames (Caller, Callers, FuncForPC, Stack),
 * LockOSThread and the limits of runtime/debug.
 *
 * Frames. A program counter is an address in golite's bytecode, and a
 * *runtime.Func is the Func (vm/vm.h) itself. A frame's pc is the address
 * after its call instruction, as Go's return pcs are (the Frame's PC is
 * one less: inside the call). The frames are the ones a traceback shows
 * (vm/interp.c: named bytecode functions; wrappers and natives have none),
 * and Go's runtime frames where golite does the same work in C, with Go
 * 1.19's file and line as the traceback's panic frame has them:
 * runtime.Callers (skip 0 of Callers; runtime.Caller for a negative skip
 * of Caller), runtime.gopanic below a deferred
 * call run by a panic, runtime.main below main.main (runtime.doInit and
 * runtime.main below an init function: the main goroutine's entry function
 * is golite's runtime.main) and runtime.goexit at the bottom of every
 * goroutine. Those are Funcs of their own below, each with a word of code
 * per call site, so that FuncForPC and FileLine work on their pcs.
 */
#include <stdlib.h>

#include "runtime/gc.h"
#include "runtime/sched.h"
#include "stdlib/native.h"
#include "vm/vm.h"

#define GOSRC "/usr/lib/go-1.19/src/"   /* as vm/interp.c's panic frame */

enum { SF_CALLER, SF_CALLERS, SF_GOPANIC, SF_DOINIT, SF_MAIN, SF_GOEXIT, SF_N };
static Instr sf_code[SF_N][3];      /* never run: their addresses are the pcs */
static int32_t sf_lines[SF_N][3] = {
    [SF_CALLER] = {219, 219, 219},
    [SF_CALLERS] = {247, 247, 247},
    [SF_GOPANIC] = {884, 884, 884},
    [SF_DOINIT] = {6329, 6329, 6329},
    [SF_MAIN] = {233, 250, 250},    /* calling doInit, calling main.main */
    [SF_GOEXIT] = {1594, 1594, 1594},
};
#define SF(i, n, f, l) [i] = {.name = n, .file = GOSRC f, .code = sf_code[i], .ncode = 3, .lines = sf_lines[i], .line = l}
static Func sf[SF_N] = {
    SF(SF_CALLER, "runtime.Caller", "runtime/extern.go", 216),
    SF(SF_CALLERS, "runtime.Callers", "runtime/extern.go", 242),
    SF(SF_GOPANIC, "runtime.gopanic", "runtime/panic.go", 738),
    SF(SF_DOINIT, "runtime.doInit", "runtime/proc.go", 6305),
    SF(SF_MAIN, "runtime.main", "runtime/proc.go", 144),
    SF(SF_GOEXIT, "runtime.goexit", "runtime/asm_amd64.s", 1592),
};
#undef SF

/* The pc of call site k of a runtime frame. */
#define SF_PC(i, k) ((const Instr *)&sf_code[i][(k) + 1])

typedef struct Frame1 {
    const Func *f;
    const Instr *pc;    /* after the call */
} Frame1;

/* g's frames from its running one, innermost first, the first skip left
 * out; at most max stored in out; with self (SF_CALLER, SF_CALLERS; -1:
 * none), the frame of the native asking first. Returns how many were
 * stored. */
static int frames(G *g, int skip, int self, Frame1 *out, int max)
{
    int n = 0;
#define PUT(F, PC)                   \
    do {                             \
        if (skip > 0) {              \
            skip--;                  \
        } else {                     \
            if (n == max)            \
                return n;            \
            out[n].f = (F);          \
            out[n++].pc = (PC);      \
        }                            \
    } while (0)
    if (self >= 0)
        PUT(&sf[self], SF_PC(self, 0));
    int64_t base = g->base;
    const Instr *pc = g->pc;
    const Func *above = NULL;   /* the frame it called */
    const Func *entry = g->prog ? g->prog->entry : NULL;
    while (base >= 3 && pc) {
        const Closure *cl = (const Closure *)g->stack[base - 3];
        if (!cl)
            break;
        const Func *f = cl->fn;
        if (f == entry && g->goid == 1) {
            if (above && !strcmp(above->name, "main.main")) {
                PUT(&sf[SF_MAIN], SF_PC(SF_MAIN, 1));
            } else {
                PUT(&sf[SF_DOINIT], SF_PC(SF_DOINIT, 0));
                PUT(&sf[SF_MAIN], SF_PC(SF_MAIN, 0));
            }
        } else if (!f->native && f->name[0] != '\0') {
            /* as traceback_frames: a frame that recovered shows where it was */
            const Instr *lpc = pc;
            if (base == g->recovered_base && g->recovered_pc && f->deferreturn &&
                pc >= f->code + f->deferreturn && pc <= f->code + f->deferreturn_end + 1)
                lpc = g->recovered_pc;
            PUT(f, lpc);
            above = f;
        }
        for (const Panic *p = g->panics; p; p = p->link)
            if (p->argp == base) {
                PUT(&sf[SF_GOPANIC], SF_PC(SF_GOPANIC, 0));
                break;
            }
        pc = (const Instr *)g->stack[base - 2];
        base = (int64_t)g->stack[base - 1];
    }
    PUT(&sf[SF_GOEXIT], SF_PC(SF_GOEXIT, 0));
#undef PUT
    return n;
}

static int func_has(const Func *f, uintptr_t pc)
{
    return f->code && pc >= (uintptr_t)f->code && pc < (uintptr_t)(f->code + f->ncode);
}

/* The function whose code holds pc (NULL: none, or one without a name). */
static const Func *func_at(G *g, uintptr_t pc)
{
    for (int i = 0; i < SF_N; i++)
        if (func_has(&sf[i], pc))
            return &sf[i];
    Program *p = g->prog;
    for (int i = 0; p && i < p->funcs.n; i++) {
        const Func *f = p->funcs.v[i];
        if (func_has(f, pc))
            return f->name[0] ? f : NULL;
    }
    return NULL;
}

/* Is f a *Func the runtime handed out (FuncForPC)? Another (new(Func))
 * has nothing behind it. */
static int func_known(G *g, const Func *f)
{
    if (f >= sf && f < sf + SF_N)
        return 1;
    Program *p = g->prog;
    for (int i = 0; p && i < p->funcs.n; i++)
        if (p->funcs.v[i] == f)
            return f->name[0] != '\0';
    return 0;
}

/* The source line of the instruction holding byte address pc of f. */
static int func_line(const Func *f, uintptr_t pc)
{
    int64_t i = pc >= (uintptr_t)f->code ? (int64_t)((pc - (uintptr_t)f->code) / sizeof(Instr)) : 0;
    if (i >= f->ncode)
        i = f->ncode - 1;
    return f->lines ? f->lines[i] : f->line;
}

static GoString cstr(const char *s)
{
    return (GoString){(const uint8_t *)s, (int64_t)strlen(s)};
}

/* func Caller(skip int) (pc uintptr, file string, line int, ok bool) */
static void runtime_caller(G *g, uint64_t *a)
{
    int64_t skip = (int64_t)a[0];
    Frame1 fr;
    /* a negative skip is Caller's own frame, as Go's */
    int n = skip < 0 ? frames(g, 0, SF_CALLER, &fr, 1) : frames(g, skip > INT32_MAX ? INT32_MAX : (int)skip, -1, &fr, 1);
    if (n == 0) {
        memset(a, 0, 5 * 8);
        return;
    }
    uintptr_t pc = (uintptr_t)fr.pc;
    if (pc > (uintptr_t)fr.f->code)
        pc--;
    a[0] = pc;
    ret_str(a, 1, cstr(fr.f->file));
    a[3] = (uint64_t)func_line(fr.f, pc);
    a[4] = 1;
}

/* func Callers(skip int, pc []uintptr) int */
static void runtime_callers(G *g, uint64_t *a)
{
    int64_t skip = (int64_t)a[0];
    GoSlice pcs = nat_slice(a, 1);
    int64_t n = 0;
    if (pcs.len > 0) {
        int max = pcs.len > 1 << 20 ? 1 << 20 : (int)pcs.len;
        Frame1 *fr = xmalloc((size_t)max * sizeof *fr);
        /* skip 0 is Callers itself, 1 its caller (a negative skip: as 0) */
        n = skip <= 0 ? frames(g, 0, SF_CALLERS, fr, max)
                      : frames(g, skip - 1 > INT32_MAX ? INT32_MAX : (int)(skip - 1), -1, fr, max);
        uintptr_t *out = pcs.ptr;
        for (int64_t i = 0; i < n; i++)
            out[i] = (uintptr_t)fr[i].pc;
        free(fr);
    }
    a[0] = (uint64_t)n;
}

/* func FuncForPC(pc uintptr) *Func */
static void runtime_funcforpc(G *g, uint64_t *a)
{
    a[0] = (uint64_t)(uintptr_t)func_at(g, (uintptr_t)a[0]);
}

/* func findfunc(pc uintptr) (f *Func, entry uintptr) */
static void runtime_findfunc(G *g, uint64_t *a)
{
    const Func *f = func_at(g, (uintptr_t)a[0]);
    a[0] = (uint64_t)(uintptr_t)f;
    a[1] = f ? (uint64_t)(uintptr_t)f->code : 0;
}

/* func (f *Func) Name() string: "" for a nil *Func, as Go's */
static void func_name(G *g, uint64_t *a)
{
    const Func *f = (const Func *)a[0];
    ret_str(a, 0, f && func_known(g, f) ? cstr(f->name) : (GoString){0});
}

/* func (f *Func) Entry() uintptr */
static void func_entry(G *g, uint64_t *a)
{
    const Func *f = (const Func *)a[0];
    if (!f)
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
    a[0] = func_known(g, f) ? (uint64_t)(uintptr_t)f->code : 0;
}

/* func (f *Func) FileLine(pc uintptr) (file string, line int) */
static void func_fileline(G *g, uint64_t *a)
{
    const Func *f = (const Func *)a[0];
    uintptr_t pc = (uintptr_t)a[1];
    if (!f)
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
    if (!func_known(g, f)) {
        ret_str(a, 0, cstr("?"));
        a[2] = 0;
        return;
    }
    int line = func_line(f, pc);
    ret_str(a, 0, cstr(f->file));
    a[2] = (uint64_t)line;
}

/* The calling goroutine's trace, as the crash report's: "goroutine N
 * [running]:" and the frames from its caller on; extra (Go's frames of
 * runtime/debug, which golite writes in C) goes after the header. */
static void trace_self(G *g, Buf *b, const char *extra)
{
    vm_traceback(g, b);
    if (extra) {
        const char *nl = strchr(b->s, '\n');
        size_t at = nl ? (size_t)(nl - b->s) + 1 : b->n;
        Buf t = {0};
        buf_add(&t, b->s, at);
        buf_puts(&t, extra);
        buf_add(&t, b->s + at, b->n - at);
        buf_free(b);
        *b = t;
    }
}

typedef struct StackReq {
    uint64_t *res;      /* Stack's result word, in the parked caller's frame */
    GoSlice buf;
} StackReq;

static void stack_copy(uint64_t *res, GoSlice buf, const Buf *b)
{
    int64_t n = (int64_t)b->n < buf.len ? (int64_t)b->n : buf.len;
    if (n > 0)
        memcpy(buf.ptr, b->s, (size_t)n);
    res[0] = (uint64_t)n;
}

/* World stopped: the caller's trace, then every other goroutine's. */
static void stack_all(G *g, void *arg)
{
    StackReq *r = arg;
    Buf b = {0};
    trace_self(g, &b, NULL);
    sched_traceback_others(g, &b);
    stack_copy(r->res, r->buf, &b);
    buf_free(&b);
    free(r);
}

/* func Stack(buf []byte, all bool) int: what fits in buf */
static void runtime_stack(G *g, uint64_t *a)
{
    GoSlice buf = nat_slice(a, 0);
    if (a[3]) {
        StackReq *r = xmalloc(sizeof *r);
        r->res = a;
        r->buf = buf;
        rt_stw_do(g, stack_all, r);     /* the result is written meanwhile */
        return;
    }
    Buf b = {0};
    trace_self(g, &b, NULL);
    stack_copy(a, buf, &b);
    buf_free(&b);
}

#define DEBUG_STACK_FRAME "runtime/debug.Stack()\n\t" GOSRC "runtime/debug/stack.go:24 +0x65\n"

/* func Stack() []byte (runtime/debug) */
static void debug_stack(G *g, uint64_t *a)
{
    Buf b = {0};
    trace_self(g, &b, DEBUG_STACK_FRAME);
    void *p = rt_alloc_noscan(g, b.n);
    memcpy(p, b.s, b.n);
    ret_slice(a, 0, (GoSlice){p, (int64_t)b.n, (int64_t)b.n});
    buf_free(&b);
}

/* func PrintStack() (runtime/debug): to standard error */
static void debug_printstack(G *g, uint64_t *a)
{
    (void)a;
    Buf b = {0};
    trace_self(g, &b, DEBUG_STACK_FRAME "runtime/debug.PrintStack()\n\t" GOSRC "runtime/debug/stack.go:16 +0x19\n");
    rt_write(g, 2, b.s, b.n);
    buf_free(&b);
}

/* GOROOT as the program found it at start-up (written once, before main) */
static const char *goroot_env;

__attribute__((constructor)) static void runtime_env_init(void)
{
    const char *s = getenv("GOROOT");
    goroot_env = s ? strdup(s) : "";
}

/* func GOROOT() string */
static void runtime_goroot(G *g, uint64_t *a)
{
    (void)g;
    ret_str(a, 0, cstr(goroot_env ? goroot_env : ""));
}

/* func Version() string */
static void runtime_version(G *g, uint64_t *a)
{
    (void)g;
    ret_str(a, 0, cstr("devel golite-" GOLITE_VERSION " go1.19"));
}

/* func setTypeAssertionErrorType(e any): the program's *TypeAssertionError */
static void runtime_settypeassertionerrortype(G *g, uint64_t *a)
{
    if (g->prog)
        g->prog->t_typeassert = (const RType *)a[0];
}

/* func LockOSThread() */
static void runtime_lockosthread(G *g, uint64_t *a)
{
    (void)a;
    rt_lockosthread(g);
}

/* func UnlockOSThread() */
static void runtime_unlockosthread(G *g, uint64_t *a)
{
    (void)a;
    rt_unlockosthread(g);
}

/* func SetMaxStack(bytes int) int: Go keeps it as a uintptr */
static void debug_setmaxstack(G *g, uint64_t *a)
{
    (void)g;
    a[0] = vm_set_max_stack(a[0]);
}

/* func SetMaxThreads(threads int) int */
static void debug_setmaxthreads(G *g, uint64_t *a)
{
    (void)g;
    a[0] = (uint64_t)rt_setmaxthreads((int64_t)a[0]);
}

/* func Gosched() */
static void runtime_gosched(G *g, uint64_t *a)
{
    (void)a;
    rt_gosched(g);
}

/* func NumGoroutine() int */
static void runtime_numgoroutine(G *g, uint64_t *a)
{
    (void)g;
    a[0] = (uint64_t)rt_numgoroutine();
}

/* func GOMAXPROCS(n int) int */
static void runtime_gomaxprocs(G *g, uint64_t *a)
{
    a[0] = (uint64_t)rt_gomaxprocs(g, (int)(int64_t)a[0]);
}

/* func GC(): parks until the scheduler has stopped the world and collected */
static void runtime_gc(G *g, uint64_t *a)
{
    (void)a;
    rt_stw_request(g, STW_GC, 0);
}

/* func setFinalizer(obj any, finalizer any, fing func()) */
static void runtime_setfinalizer(G *g, uint64_t *a)
{
    GoEface obj = {(const RType *)a[0], (void *)a[1]}, fn = {(const RType *)a[2], (void *)a[3]};
    gc_set_finalizer(g, obj, fn, (Closure *)a[4]);
}

/* func runfinq1() bool */
static void runtime_runfinq1(G *g, uint64_t *a)
{
    a[0] = (uint64_t)gc_run_finalizer(g);
}

/* func fingwait() */
static void runtime_fingwait(G *g, uint64_t *a)
{
    (void)a;
    gc_fing_wait(g);
}

/* func SetGCPercent(percent int) int: Go passes it on as an int32 */
static void debug_setgcpercent(G *g, uint64_t *a)
{
    int32_t in = (int32_t)a[0];
    a[0] = (uint64_t)(int64_t)gc_set_percent(in);
    /* turned off: a mark phase under way ends first, so that no cycle is
     * running when it returns (Go's setGCPercent, gcWaitOnMark) */
    if (in < 0 && gc_is_marking())
        rt_stw_request(g, STW_GCMARKWAIT, 0);
}

/* func FreeOSMemory(): a forced collection, then free pages back to the OS */
static void debug_freeosmemory(G *g, uint64_t *a)
{
    (void)a;
    rt_stw_request(g, STW_GC | STW_SCAVENGE, 0);
}

/* func KeepAlive(x any): its argument is live up to the call, which is
 * all it has to do (go's is empty too) */
static void runtime_keepalive(G *g, uint64_t *a)
{
    (void)g;
    (void)a;
}

/* func ReadMemStats(m *MemStats): with the world stopped, as Go's */
static void runtime_readmemstats(G *g, uint64_t *a)
{
    if (!a[0])
        rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
    rt_read_memstats(g, (void *)a[0]);
}

/* func NumCPU() int */
static void runtime_numcpu(G *g, uint64_t *a)
{
    (void)g;
    a[0] = (uint64_t)rt_ncpu();
}

/* func Goexit() */
static void runtime_goexit(G *g, uint64_t *a)
{
    (void)a;
    rt_goexit(g);
}

/* func Breakpoint(): go executes a breakpoint trap; so does the report */
static void runtime_breakpoint(G *g, uint64_t *a)
{
    (void)a;
    rt_flush(g);
    rt_write(g, 2, "SIGTRAP: trace trap\n", 20);
    rt_fatal(g, "breakpoint");
}

const NativeDef natives_runtime[] = {
    {"runtime.Goexit", runtime_goexit},
    {"runtime.Breakpoint", runtime_breakpoint},
    {"runtime.Gosched", runtime_gosched},
    {"runtime.NumGoroutine", runtime_numgoroutine},
    {"runtime.GOMAXPROCS", runtime_gomaxprocs},
    {"runtime.NumCPU", runtime_numcpu},
    {"runtime.GC", runtime_gc},
    {"runtime.KeepAlive", runtime_keepalive},
    {"runtime.ReadMemStats", runtime_readmemstats},
    {"runtime.setFinalizer", runtime_setfinalizer},
    {"runtime.runfinq1", runtime_runfinq1},
    {"runtime.fingwait", runtime_fingwait},
    {"runtime.Caller", runtime_caller},
    {"runtime.Callers", runtime_callers},
    {"runtime.FuncForPC", runtime_funcforpc},
    {"runtime.findfunc", runtime_findfunc},
    {"runtime.(*Func).Name", func_name},
    {"runtime.(*Func).Entry", func_entry},
    {"runtime.(*Func).FileLine", func_fileline},
    {"runtime.Stack", runtime_stack},
    {"runtime.GOROOT", runtime_goroot},
    {"runtime.Version", runtime_version},
    {"runtime.setTypeAssertionErrorType", runtime_settypeassertionerrortype},
    {"runtime.LockOSThread", runtime_lockosthread},
    {"runtime.UnlockOSThread", runtime_unlockosthread},
    {"runtime/debug.Stack", debug_stack},
    {"runtime/debug.PrintStack", debug_printstack},
    {"runtime/debug.SetMaxStack", debug_setmaxstack},
    {"runtime/debug.SetMaxThreads", debug_setmaxthreads},
    {"runtime/debug.SetGCPercent", debug_setgcpercent},
    {"runtime/debug.FreeOSMemory", debug_freeosmemory},
    {NULL, NULL},
};
