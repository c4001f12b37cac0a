/*
 * interp.c — the dispatch loop: one function, vm_execute, runs bytecode of
 * a goroutine until the frame it was entered for returns.
 *
 * Locals of the loop cache the running frame: R (registers, = stack+base),
 * pc, K (constants) and fn. They are written back to the G (SAVE, Lua's
 * Protect) before anything that can panic, allocate or re-enter the VM, so
 * a traceback, a stack scan or a nested call sees the true state; after a
 * call out to C that may have grown the stack, RELOAD recomputes R.
 *
 * Dispatch is computed goto under GCC/Clang (labels from opcodes.def) and a
 * switch otherwise (-Dvm_switch=true, or GOLITE_VM_SWITCH).
 */
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/utf8.h"
#include "runtime/fmt.h"
#include "runtime/gc.h"
#include "runtime/map.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"
#include "util/mem.h"
#include "vm/vm.h"

const char *const op_names[OP__COUNT] = {
#define OP(name, fmt) #name,
#include "vm/opcodes.def"
#undef OP
};
const char *const op_formats[OP__COUNT] = {
#define OP(name, fmt) fmt,
#include "vm/opcodes.def"
#undef OP
};

#define INITIAL_STACK_WORDS 256   /* 2 KB, Go's initial goroutine stack */

/* Gs and stacks start on their own cache lines: a goroutine writing its
 * registers must not share a line with another one's G (whose preempt
 * flag is read at every loop back edge) or stack. */
#define CACHE_LINE 64

static void *line_alloc(size_t n, int zero)
{
    n = (n + CACHE_LINE - 1) & ~(size_t)(CACHE_LINE - 1);
    void *p = aligned_alloc(CACHE_LINE, n);
    if (!p)
        fatal("runtime: out of memory");
    if (zero)
        memset(p, 0, n);
    return p;
}

G *vm_alloc_g(void)
{
    return line_alloc(sizeof(G), 1);
}

G *vm_new_g(Program *p)
{
    G *g = vm_alloc_g();
    g->stack_words = INITIAL_STACK_WORDS;
    g->stack = line_alloc((size_t)g->stack_words * 8, 1);
    g->goid = 1;
    g->prog = p;
    return g;
}

/* A goroutine whose function is native starts in this frame, which calls
 * it: CALL R[0] (the native closure) with the arguments at R[3..], RET. */
#define TRAMPOLINE_WORDS 64
static Instr trampoline_code[2] = {MK_ABC(OP_CALL, 0, 0, 0), MK_ABC(OP_RET, 0, 0, 0)};
static int32_t trampoline_lines[2];
static Func trampoline_fn = {.name = "", .file = "", .code = trampoline_code, .ncode = 2,
                             .lines = trampoline_lines, .nregs = 3 + TRAMPOLINE_WORDS};
static Closure trampoline = {.fn = &trampoline_fn};

void vm_setup_g(G *g, Closure *fn, const uint64_t *args, int nargs)
{
    const Func *f = fn ? fn->fn : NULL;
    vm_region_reset(g);     /* a reused G starts with an empty frame region */
    int64_t base = 3, argbase = 3;
    Closure *entry = fn;
    if (!f || f->native) {      /* a nil function panics when the trampoline calls it */
        if (nargs > TRAMPOLINE_WORDS || (f && f->nresults > TRAMPOLINE_WORDS))
            fatal("golite: go statement: native function with more than %d argument words", TRAMPOLINE_WORDS);
        entry = &trampoline;
        argbase = base + 3;
        f = &trampoline_fn;
    }
    /* Go starts goroutines with 2 KB stacks; golite's frames are smaller
     * than go's, so a parked goroutine keeps under 1 KB: the stack starts
     * at what the first frame needs (at least 32 words) and doubles */
    int64_t need = base + f->nregs + nargs + 8, n = 32;
    while (n < need)
        n *= 2;
    if (g->stack_words < n || g->stack_words > 4 * n) {
        free(g->stack);
        g->stack = line_alloc((size_t)n * 8, 0);
        g->stack_words = n;
    }
    memset(g->stack, 0, (size_t)g->stack_words * 8);
    g->stack[0] = (uint64_t)entry;
    g->stack[1] = 0;
    g->stack[2] = 0;
    if (entry != fn)
        g->stack[base] = (uint64_t)fn;
    if (nargs)
        memcpy(g->stack + argbase, args, (size_t)nargs * 8);
    g->base = base;
    g->pc = f->code;
    g->top = 0;
    g->defers = NULL;
    g->panics = NULL;
    g->jb = NULL;
    g->recovered_base = 0;
    g->recovered_pc = NULL;
    g->ncall = 0;
    g->locks = 0;
    __atomic_store_n(&g->preempt, 0, __ATOMIC_RELAXED);   /* sysmon may still flag a G it saw running before */
    g->parkreq = PR_NONE;
    g->goexiting = 0;
    g->waitk = NULL;
}

/* debug.SetMaxStack's limit (atomic; Go's maxstacksize, a uintptr: a
 * negative limit is a huge one), and the ceiling above it (Go's
 * maxstackceiling). */
static uint64_t max_stack = VM_MAX_STACK_BYTES;
#define MAX_STACK_CEILING (2 * (uint64_t)VM_MAX_STACK_BYTES)

uint64_t vm_set_max_stack(uint64_t bytes)
{
    return __atomic_exchange_n(&max_stack, bytes, __ATOMIC_RELAXED);
}

static _Noreturn void stack_overflow(G *g)
{
    Buf b = {0};
    uint64_t max = __atomic_load_n(&max_stack, __ATOMIC_RELAXED);
    buf_printf(&b, "runtime: goroutine stack exceeds %llu-byte limit\n",
               (unsigned long long)(max < MAX_STACK_CEILING ? max : MAX_STACK_CEILING));
    buf_printf(&b, "runtime: sp=%p stack=[%p, %p]\n", (void *)(g->stack + g->base), (void *)g->stack,
               (void *)(g->stack + g->stack_words));
    buf_puts(&b, "fatal error: stack overflow\n\n");
    vm_traceback(g, &b);
    rt_write(g, 2, b.s, b.n);
    rt_exit(2);     /* flushes; _exit, as every fatal error (no atexit while Ms run) */
}

/* Makes the stack hold at least `need` words, doubling; nothing points into
 * it (vm.h), so moving it is a plain reallocation. */
static void grow_stack(G *g, int64_t need)
{
    int64_t n = g->stack_words;
    while (n < need)
        n *= 2;
    uint64_t max = __atomic_load_n(&max_stack, __ATOMIC_RELAXED);
    if (max > MAX_STACK_CEILING)
        max = MAX_STACK_CEILING;
    if ((uint64_t)n * 8 > max) {
        if ((uint64_t)need * 8 > max)
            stack_overflow(g);
        n = (int64_t)(max / 8);
    }
    uint64_t *os = g->stack;
    uintptr_t old = (uintptr_t)os, oldend = old + (uintptr_t)g->stack_words * 8;
    g->stack = line_alloc((size_t)n * 8, 0);
    memcpy(g->stack, os, (size_t)g->stack_words * 8);
    g->stack_words = n;
    /* Natives hold a pointer to their arguments in the stack: while one is
     * active (below a nested VM entry) the old block stays valid until it
     * returns, and the interpreter copies its results over (native_moved). */
    if (g->ncall == 0) {
        free(os);
    } else {
        if (g->nstale == g->capstale) {
            g->capstale = g->capstale ? 2 * g->capstale : 4;
            g->stale = xrealloc(g->stale, (size_t)g->capstale * sizeof *g->stale);
        }
        g->stale[g->nstale++] = os;
    }
    /* frame-allocated defer records moved with the stack: fix the chain
     * (Go's adjustdefers) */
    intptr_t delta = (intptr_t)((uintptr_t)g->stack - old);
    if (delta)
        for (Defer **pp = &g->defers; *pp; pp = &(*pp)->link)
            if ((uintptr_t)*pp >= old && (uintptr_t)*pp < oldend)
                *pp = (Defer *)((uintptr_t)*pp + (uintptr_t)delta);
}

/* A native's nested call moved the stack: its results went to the old
 * block; copy them over. At the top level the old blocks can go. */
static void native_moved(G *g, const uint64_t *oldstack, int64_t at, int nres)
{
    if (nres > 0)
        memcpy(g->stack + at, oldstack + at, (size_t)nres * 8);
    if (g->ncall == 0)
        vm_free_stale(g);
}

void vm_free_stale(G *g)
{
    for (int i = 0; i < g->nstale; i++)
        free(g->stale[i]);
    g->nstale = 0;
}

static int line_of(const Func *f, const Instr *pc)
{
    int64_t i = pc - f->code - 1;
    if (i < 0)
        i = 0;
    if (i >= f->ncode)
        i = f->ncode - 1;
    return f->lines ? f->lines[i] : f->line;
}

static void traceback_frames(G *g, Buf *b)
{
    int64_t base = g->base;
    const Instr *pc = g->pc;
    int frames = 0;
    while (base >= 3 && pc) {
        const Closure *cl = (const Closure *)g->stack[base - 3];
        if (!cl)
            break;
        const Func *f = cl->fn;
        if (frames == 100) {
            buf_puts(b, "...additional frames elided...\n");
            break;
        }
        if (!f->native && f->name[0] != '\0') {
            const Instr *lpc = pc;
            if (base == g->recovered_base && g->recovered_pc && f->deferreturn &&
                pc >= f->code + f->deferreturn && pc <= f->code + f->deferreturn_end + 1)
                lpc = g->recovered_pc;
            /* go shows argument words; with none, "()" */
            buf_printf(b, "%s(%s)\n\t%s:%d\n", f->name, f->nparams ? "..." : "", f->file, line_of(f, lpc));
            frames++;
        }
        /* a deferred call run by a panic: go shows the runtime's panic frame below it */
        for (const Panic *p = g->panics; p; p = p->link)
            if (p->argp == base) {
                buf_puts(b, "panic(...)\n\t/usr/lib/go-1.19/src/runtime/panic.go:884 +0x0\n");
                break;
            }
        pc = (const Instr *)g->stack[base - 2];
        base = (int64_t)g->stack[base - 1];
    }
    /* where the goroutine was started */
    if (g->gofn && g->gofn->name[0])
        buf_printf(b, "created by %s\n\t%s:%d\n", g->gofn->name, g->gofn->file, line_of(g->gofn, g->gopc));
}

/* Go's goroutineheader marks a goroutine locked by runtime.LockOSThread */
void vm_traceback(G *g, Buf *b)
{
    buf_printf(b, "goroutine %lld [running%s]:\n", (long long)g->goid, g->lockedext ? ", locked to thread" : "");
    traceback_frames(g, b);
}

void vm_traceback_waiting(G *g, Buf *b, const char *status)
{
    buf_printf(b, "goroutine %lld [%s%s]:\n", (long long)g->goid, status, g->lockedext ? ", locked to thread" : "");
    traceback_frames(g, b);
}

static _Noreturn void panic_index(G *g, int64_t i, int64_t len)
{
    if (i < 0)
        rt_panic_runtime(g, "index out of range [%lld]", (long long)i);
    rt_panic_runtime(g, "index out of range [%lld] with length %lld", (long long)i, (long long)len);
}

static _Noreturn void panic_nil(G *g)
{
    rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
}

/* Slice bounds failure. mode bit 0: three-index; bit 1: "length" wording
 * (strings and arrays) instead of "capacity". */
static _Noreturn void panic_slice(G *g, int mode, int64_t lo, int64_t hi, int64_t max, int64_t cap)
{
    const char *what = (mode & 2) ? "length" : "capacity";
    if (mode & 1) {
        if ((uint64_t)max > (uint64_t)cap) {
            if (max < 0) rt_panic_runtime(g, "slice bounds out of range [::%lld]", (long long)max);
            rt_panic_runtime(g, "slice bounds out of range [::%lld] with %s %lld", (long long)max, what, (long long)cap);
        }
        if ((uint64_t)hi > (uint64_t)max) {
            if (hi < 0) rt_panic_runtime(g, "slice bounds out of range [:%lld:]", (long long)hi);
            rt_panic_runtime(g, "slice bounds out of range [:%lld:%lld]", (long long)hi, (long long)max);
        }
        if (lo < 0) rt_panic_runtime(g, "slice bounds out of range [%lld::]", (long long)lo);
        rt_panic_runtime(g, "slice bounds out of range [%lld:%lld:]", (long long)lo, (long long)hi);
    }
    if ((uint64_t)hi > (uint64_t)cap) {
        if (hi < 0) rt_panic_runtime(g, "slice bounds out of range [:%lld]", (long long)hi);
        rt_panic_runtime(g, "slice bounds out of range [:%lld] with %s %lld", (long long)hi, what, (long long)cap);
    }
    if (lo < 0) rt_panic_runtime(g, "slice bounds out of range [%lld:]", (long long)lo);
    rt_panic_runtime(g, "slice bounds out of range [%lld:%lld]", (long long)lo, (long long)hi);
}

static inline int64_t extend(uint64_t v, int kind)
{
    switch (kind) {
    case 1: return (int8_t)v;
    case 2: return (uint8_t)v;
    case 3: return (int16_t)v;
    case 4: return (uint16_t)v;
    case 5: return (int32_t)v;
    case 6: return (uint32_t)v;
    }
    return (int64_t)v;
}

static inline double getf(uint64_t w) { double d; memcpy(&d, &w, 8); return d; }
static inline uint64_t putf(double d) { uint64_t w; memcpy(&w, &d, 8); return w; }
static inline float getf32(uint64_t w) { float f; memcpy(&f, &w, 4); return f; }
static inline uint64_t putf32(float f) { uint64_t w = 0; memcpy(&w, &f, 4); return w; }

/* Go's float-to-integer conversions are implementation-defined out of
 * range; amd64's CVTTSD2SQ gives 0x8000000000000000, and go's uint64
 * conversion subtracts 2^63 for large values. */
static inline int64_t f2i(double d)
{
    if (d != d || d >= 9223372036854775808.0 || d < -9223372036854775808.0)
        return INT64_MIN;
    return (int64_t)d;
}
static inline uint64_t f2u(double d)
{
    if (d < 9223372036854775808.0)
        return (uint64_t)f2i(d);
    double x = d - 9223372036854775808.0;
    if (x != x || x >= 9223372036854775808.0)
        return (uint64_t)1 << 63;
    return ((uint64_t)(int64_t)x) ^ ((uint64_t)1 << 63);
}

static double complex_div_re(double a, double b, double c, double d, double *im);


int vm_execute(G *g, int64_t stop_base);
static int run_loop(G *g, int64_t stop_base);

void vm_call(G *g, Closure *cl, const uint64_t *args, int nargs, uint64_t *res, int nres)
{
    const Func *f = cl->fn;
    /* above everything in use: a native's window (g->top) or the frame at g->base */
    int64_t top = g->top;
    if (g->base >= 3) {
        const Closure *cur = (const Closure *)g->stack[g->base - 3];
        if (cur && g->base + cur->fn->nregs > top)
            top = g->base + cur->fn->nregs;
    }
    int64_t b = top + 3;
    int64_t need = b + (f->nregs > nargs ? f->nregs : nargs) + (nres > 0 ? nres : 0) + 8;
    int32_t ncall = g->ncall;
    g->ncall++;     /* C state below: the scheduler cannot switch this G away */
    if (need > g->stack_words)
        grow_stack(g, need);
    uint64_t *s = g->stack;
    if (nargs)
        memcpy(s + b, args, (size_t)nargs * 8);
    if (f->native) {
        int64_t savedtop = g->top;
        g->top = b + (nargs > nres ? nargs : nres);
        f->native(g, s + b);
        if (g->stack != s)
            native_moved(g, s, b, f->nresults);
        g->top = savedtop;
    } else {
        s[b - 3] = (uint64_t)cl;
        s[b - 2] = (uint64_t)g->pc;
        s[b - 1] = (uint64_t)g->base;
        int64_t savedbase = g->base, savedtop = g->top;
        const Instr *savedpc = g->pc;
        g->base = b;
        g->pc = f->code;
        vm_execute(g, b);
        g->base = savedbase;
        g->pc = savedpc;
        g->top = savedtop;
    }
    g->ncall = ncall;
    if (nres)
        memcpy(res, g->stack + b, (size_t)nres * 8);
}

GoString rt_call_string_method(G *g, const RMethod *m, void *recv_word)
{
    uint64_t arg = (uint64_t)recv_word, res[2];
    vm_call(g, m->ifn, &arg, 1, res, 2);
    return (GoString){(const uint8_t *)res[0], (int64_t)res[1]};
}

/* fmt's guard around String()/Error(): a panic in the method is
 * recovered here and reported to fmt (which prints <nil> or
 * %!v(PANIC=String method: ...)), as Go's fmt catchPanic does. */
static int catch_call(G *g, const RMethod *m, void *recv_word, GoString *out, GoEface *panic_val)
{
    jmp_buf jb;
    void *saved_jb = g->jb;
    const Instr *saved_pc = g->pc;
    int64_t saved_base = g->base, saved_top = g->top;
    Defer *saved_defers = g->defers;
    int32_t saved_ncall = g->ncall;
    g->jb = &jb;
    if (setjmp(jb) == 0) {
        *out = rt_call_string_method(g, m, recv_word);
        g->jb = saved_jb;
        return 1;
    }
    Panic *p = g->panics;
    g->panics = p->link;
    *panic_val = p->arg;
    g->jb = saved_jb;
    g->pc = saved_pc;
    g->base = saved_base;
    g->top = saved_top;
    g->defers = saved_defers;
    g->ncall = saved_ncall;
    return 0;
}

void vm_init(void)
{
    fmt_catch_call = catch_call;    /* set once, before the program runs */
}

int vm_resume(G *g)
{
    g->jb = NULL;
    if (g->nstale)
        vm_free_stale(g);
    return vm_execute(g, 3);
}

#if defined(__GNUC__) && !defined(GOLITE_VM_SWITCH)
#define USE_COMPUTED_GOTO 1
#endif

/* A panic: the goroutine's deferred calls run, newest first, above the
 * frame that panicked (its stack stays intact, as in Go, so the report can
 * show it). A call that recovers makes the frame that deferred it return
 * normally, through its epilogue. A record of a frame below this
 * invocation's stop_base belongs to an outer vm_execute: the panic goes on
 * there. Without records left the program dies with Go's report. */
/* The next deferred call a panic runs: the newest pending one of the frames
 * from the panicking frame down to stop_base. Heap and frame records sit on
 * the goroutine's chain tagged with their frame; open-coded ones sit in
 * their frame's registers with a bit in its bitmask. Returns 0 when this
 * vm_execute has none left. */
static int next_deferred(G *g, Panic *p, int64_t stop_base, Closure **fn, const uint64_t **args,
                         int *nargs, int64_t *frame)
{
    int64_t b = p->base;
    while (b >= 3 && b >= stop_base) {
        while (g->defers && g->defers->frame > b)
            g->defers = g->defers->link;     /* left by frames already unwound */
        Defer *d = g->defers;
        if (d && d->frame == b) {
            g->defers = d->link;
            *fn = d->fn;
            *args = d->args;
            *nargs = d->nargs;
            *frame = b;
            return 1;
        }
        const Func *f = ((const Closure *)g->stack[b - 3])->fn;
        if (f->nopen) {
            uint64_t bits = g->stack[b + f->openbits];
            for (int i = f->nopen - 1; i >= 0; i--)
                if (bits & ((uint64_t)1 << i)) {
                    g->stack[b + f->openbits] = bits & ~((uint64_t)1 << i);
                    *fn = f->open[i].fn ? f->open[i].fn : (Closure *)g->stack[b + f->open[i].slot];
                    *args = &g->stack[b + f->open[i].slot + 1];
                    *nargs = f->open[i].nargs;
                    *frame = b;
                    return 1;
                }
        }
        if (!g->stack[b - 2])
            break;      /* the entry frame */
        b = (int64_t)g->stack[b - 1];
    }
    return 0;
}

/* A panic: the goroutine's deferred calls run, newest first, above the
 * frame that panicked (its stack stays intact, as in Go, so the report can
 * show it). A call that recovers makes the frame that deferred it return
 * normally, through its epilogue. Deferred calls of frames below this
 * invocation's stop_base belong to an outer vm_execute: the panic goes on
 * there. Without any left the program dies with Go's report. */
static int run_panic_defers(G *g, int64_t stop_base, jmp_buf *outer)
{
    for (;;) {
        Panic *p = g->panics;
        Closure *fn;
        const uint64_t *args;
        int nargs;
        int64_t frame;
        if (!next_deferred(g, p, stop_base, &fn, &args, &nargs, &frame)) {
            g->jb = outer;
            if (outer)
                longjmp(*outer, 1);
            if (p->goexit) {
                /* runtime.Goexit ran every deferred call: the goroutine ends */
                g->panics = p->link;
                return 1;
            }
            rt_fatalpanic(g);
        }
        /* the deferred call goes above the panicking frame */
        const Func *pf = ((const Closure *)g->stack[p->base - 3])->fn;
        int64_t top = p->base + pf->nregs;
        if (g->top > top)
            top = g->top;
        g->top = top;
        g->pc = p->pc;
        g->base = p->base;
        p->argp = top + 3;
        if (!fn)
            rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
        uint64_t argcopy[64];
        const uint64_t *a = args;
        if (nargs <= 64) {      /* the record may sit in the stack, which the call can move */
            memcpy(argcopy, args, (size_t)nargs * 8);
            a = argcopy;
        }
        vm_call(g, fn, a, nargs, NULL, 0);
        if (p->recovered) {
            g->panics = p->link;
            /* where the recovering frame was when the panic started */
            int64_t b = p->base;
            const Instr *ipc = p->pc;
            while (b > frame && b >= 3) {
                ipc = (const Instr *)g->stack[b - 2];
                b = (int64_t)g->stack[b - 1];
            }
            g->recovered_base = frame;
            g->recovered_pc = ipc;
            const Func *f = ((const Closure *)g->stack[frame - 3])->fn;
            if (f->region_reg)  /* what unwound frames held in the region is free */
                vm_region_release(g, (char *)g->stack[frame + f->region_reg]);
            g->base = frame;
            g->pc = f->code + f->deferreturn;
            g->top = 0;
            return 0;
        }
    }
}

/* Runs g until the frame at stop_base returns (VM_DONE) or, at the top
 * level only, the G gives up its M (VM_SWITCH; g->parkreq says why). A
 * resumed G first finishes what parked it (g->waitk). */
int vm_execute(G *g, int64_t stop_base)
{
    jmp_buf jb;
    jmp_buf *outer = g->jb;
    int32_t ncall = g->ncall;
    g->jb = &jb;
    if (setjmp(jb) != 0) {
        g->ncall = ncall;
        if (run_panic_defers(g, stop_base, outer)) {
            /* runtime.Goexit is done (only at the top level) */
            g->jb = outer;
            g->goexiting = 1;
            g->parkreq = PR_EXIT;
            return VM_SWITCH;
        }
        /* recovered: go on in the frame's epilogue */
    } else if (g->waitk) {
        int (*k)(G *) = g->waitk;
        g->waitk = NULL;
        if (k(g) == VM_SWITCH) {
            g->jb = outer;
            return VM_SWITCH;
        }
    }
    int r = run_loop(g, stop_base);
    g->jb = outer;
    return r;
}

static int run_loop(G *g, int64_t stop_base)
{
    int64_t base = g->base;
    uint64_t *R = g->stack + base;
    const Instr *pc = g->pc;
    const Func *fn = ((const Closure *)R[-3])->fn;
    const uint64_t *K = fn->k;
    uint8_t *globals = g->prog->globals;
    Instr i;

#define SAVE() (g->pc = pc, g->base = base)
#define RELOAD() (R = g->stack + base)
#define A GET_A(i)
#define B GET_B(i)
#define C GET_C(i)
#define sC GET_sC(i)
#define X (pc[0])
#define SKIPX() (pc++)
#define IDXCHK(ix, len) \
    do { if ((uint64_t)(ix) >= (uint64_t)(len)) { SAVE(); panic_index(g, (int64_t)(ix), (int64_t)(len)); } } while (0)
#define NILCHK(p) \
    do { if (!(p)) { SAVE(); panic_nil(g); } } while (0)
/* Safepoints (loop back edges, function entries): a G asked to yield
 * (sysmon after 10 ms, Gosched, stop-the-world) gives up its M, unless a
 * nested VM entry holds C state (it yields once back at the top level). */
#define SAFEPOINT() \
    do { \
        if (__builtin_expect(__atomic_load_n(&g->preempt, __ATOMIC_RELAXED) != 0, 0) && (g->ncall | g->locks) == 0) { \
            __atomic_store_n(&g->preempt, 0, __ATOMIC_RELAXED); \
            if (__atomic_exchange_n(&g->interrupt, 0, __ATOMIC_RELAXED)) { \
                SAVE(); \
                rt_panic_interrupt(g); \
            } \
            g->parkreq = PR_YIELD; \
            SAVE(); \
            return VM_SWITCH; \
        } \
    } while (0)
#define JUMP(off) do { int64_t o_ = (off); pc += o_; if (o_ < 0) SAFEPOINT(); } while (0)
/* after a native call: did it park the G or ask to yield? */
#define PARKCHK() do { if (__builtin_expect(g->parkreq != PR_NONE, 0)) return VM_SWITCH; } while (0)

#ifdef USE_COMPUTED_GOTO
    static const void *const labels[OP__COUNT] = {
#define OP(name, fmt) &&L_##name,
#include "vm/opcodes.def"
#undef OP
    };
#define CASE(name) L_##name:
#define NEXT do { i = *pc++; goto *labels[GET_OP(i)]; } while (0)
#define DISPATCH NEXT;
#define END_DISPATCH
#else
#define CASE(name) case OP_##name:
#define NEXT goto next
#define DISPATCH next: i = *pc++; switch (GET_OP(i)) {
#define END_DISPATCH default: fatal("vm: bad opcode %d", GET_OP(i)); }
#endif

    DISPATCH
    CASE(NOP) NEXT;
    CASE(EXTRA) NEXT;
    CASE(MOVE) R[A] = R[B]; NEXT;
    CASE(MOVEN) {
        int n = C;
        if (n <= 4 && (A < B || A >= B + n)) {
            for (int k = 0; k < n; k++)
                R[A + k] = R[B + k];
        } else {
            memmove(&R[A], &R[B], (size_t)n * 8);
        }
        NEXT;
    }
    CASE(LOADI) R[A] = (uint64_t)GET_sBx(i); NEXT;
    CASE(LOADK) R[A] = K[GET_Bx(i)]; NEXT;
    CASE(LOADK2) R[A] = K[GET_Bx(i)]; R[A + 1] = K[GET_Bx(i) + 1]; NEXT;
    CASE(ZERO) memset(&R[A], 0, (size_t)C * 8); NEXT;
    CASE(ADDRG) R[A] = (uint64_t)(globals + GET_Bx(i)); NEXT;
    CASE(ADDRR) R[A] = (uint64_t)((uint8_t *)&R[B] + C); NEXT;

    CASE(ADD) R[A] = R[B] + R[C]; NEXT;
    CASE(SUB) R[A] = R[B] - R[C]; NEXT;
    CASE(MUL) R[A] = R[B] * R[C]; NEXT;
    CASE(DIV) {
        int64_t d = (int64_t)R[C];
        if (d == 0) { SAVE(); rt_panic_runtime(g, "integer divide by zero"); }
        R[A] = d == -1 ? 0 - R[B] : (uint64_t)((int64_t)R[B] / d);
        NEXT;
    }
    CASE(DIVU) {
        uint64_t d = R[C];
        if (d == 0) { SAVE(); rt_panic_runtime(g, "integer divide by zero"); }
        R[A] = R[B] / d;
        NEXT;
    }
    CASE(MOD) {
        int64_t d = (int64_t)R[C];
        if (d == 0) { SAVE(); rt_panic_runtime(g, "integer divide by zero"); }
        R[A] = d == -1 ? 0 : (uint64_t)((int64_t)R[B] % d);
        NEXT;
    }
    CASE(MODU) {
        uint64_t d = R[C];
        if (d == 0) { SAVE(); rt_panic_runtime(g, "integer divide by zero"); }
        R[A] = R[B] % d;
        NEXT;
    }
    CASE(AND) R[A] = R[B] & R[C]; NEXT;
    CASE(OR) R[A] = R[B] | R[C]; NEXT;
    CASE(XOR) R[A] = R[B] ^ R[C]; NEXT;
    CASE(ANDNOT) R[A] = R[B] & ~R[C]; NEXT;
    CASE(SHL) R[A] = R[C] >= 64 ? 0 : R[B] << R[C]; NEXT;
    CASE(SHR) R[A] = (uint64_t)((int64_t)R[B] >> (R[C] >= 64 ? 63 : R[C])); NEXT;
    CASE(SHRU) R[A] = R[C] >= 64 ? 0 : R[B] >> R[C]; NEXT;
    CASE(CHKSHIFT)
        if ((int64_t)R[A] < 0) { SAVE(); rt_panic_runtime(g, "negative shift amount"); }
        NEXT;
    CASE(ADDI) R[A] = R[B] + (uint64_t)(int64_t)sC; NEXT;
    CASE(MULI) R[A] = R[B] * (uint64_t)(int64_t)sC; NEXT;
    CASE(ANDI) R[A] = R[B] & (uint64_t)(int64_t)sC; NEXT;
    CASE(ORI) R[A] = R[B] | (uint64_t)(int64_t)sC; NEXT;
    CASE(JNBIT) if (!(R[A] & ((uint64_t)1 << B))) pc += sC; NEXT;
    CASE(DIVI) R[A] = (uint64_t)((int64_t)R[B] / sC); NEXT;
    CASE(MODI) R[A] = (uint64_t)((int64_t)R[B] % sC); NEXT;
    CASE(SHLI) R[A] = R[B] << C; NEXT;
    CASE(SHRI) R[A] = (uint64_t)((int64_t)R[B] >> C); NEXT;
    CASE(SHRUI) R[A] = R[B] >> C; NEXT;
    CASE(NEG) R[A] = 0 - R[B]; NEXT;
    CASE(BNOT) R[A] = ~R[B]; NEXT;
    CASE(NOT) R[A] = !R[B]; NEXT;
    CASE(EXT) R[A] = (uint64_t)extend(R[B], C); NEXT;

    CASE(ADDF) R[A] = putf(getf(R[B]) + getf(R[C])); NEXT;
    CASE(SUBF) R[A] = putf(getf(R[B]) - getf(R[C])); NEXT;
    CASE(MULF) R[A] = putf(getf(R[B]) * getf(R[C])); NEXT;
    CASE(DIVF) R[A] = putf(getf(R[B]) / getf(R[C])); NEXT;
    CASE(NEGF) R[A] = R[B] ^ ((uint64_t)1 << 63); NEXT;
    CASE(SQRTF) R[A] = putf(sqrt(getf(R[B]))); NEXT;
    CASE(ABSF) R[A] = R[B] & ~((uint64_t)1 << 63); NEXT;
    CASE(ADDF32) R[A] = putf32(getf32(R[B]) + getf32(R[C])); NEXT;
    CASE(SUBF32) R[A] = putf32(getf32(R[B]) - getf32(R[C])); NEXT;
    CASE(MULF32) R[A] = putf32(getf32(R[B]) * getf32(R[C])); NEXT;
    CASE(DIVF32) R[A] = putf32(getf32(R[B]) / getf32(R[C])); NEXT;
    CASE(NEGF32) R[A] = (R[B] ^ ((uint64_t)1 << 31)) & 0xffffffffu; NEXT;

    CASE(CADD) {
        double re = getf(R[B]) + getf(R[C]), im = getf(R[B + 1]) + getf(R[C + 1]);
        R[A] = putf(re); R[A + 1] = putf(im);
        NEXT;
    }
    CASE(CSUB) {
        double re = getf(R[B]) - getf(R[C]), im = getf(R[B + 1]) - getf(R[C + 1]);
        R[A] = putf(re); R[A + 1] = putf(im);
        NEXT;
    }
    CASE(CMUL) {
        double a = getf(R[B]), b = getf(R[B + 1]), c = getf(R[C]), d = getf(R[C + 1]);
        R[A] = putf(a * c - b * d); R[A + 1] = putf(a * d + b * c);
        NEXT;
    }
    CASE(CDIV) {
        double im, re = complex_div_re(getf(R[B]), getf(R[B + 1]), getf(R[C]), getf(R[C + 1]), &im);
        R[A] = putf(re); R[A + 1] = putf(im);
        NEXT;
    }
    CASE(CNEG) R[A] = R[B] ^ ((uint64_t)1 << 63); R[A + 1] = R[B + 1] ^ ((uint64_t)1 << 63); NEXT;
    CASE(CEQ) R[A] = getf(R[B]) == getf(R[C]) && getf(R[B + 1]) == getf(R[C + 1]); NEXT;
    CASE(C64TO128) {
        float f[2];
        memcpy(f, &R[B], 8);
        double re = f[0], im = f[1];
        R[A] = putf(re); R[A + 1] = putf(im);
        NEXT;
    }
    CASE(C128TO64) {
        float f[2] = {(float)getf(R[B]), (float)getf(R[B + 1])};
        memcpy(&R[A], f, 8);
        NEXT;
    }

    CASE(I2F) R[A] = putf((double)(int64_t)R[B]); NEXT;
    CASE(U2F) R[A] = putf((double)R[B]); NEXT;
    CASE(F2I) R[A] = (uint64_t)f2i(getf(R[B])); NEXT;
    CASE(F2U) R[A] = f2u(getf(R[B])); NEXT;
    CASE(F2F32) R[A] = putf32((float)getf(R[B])); NEXT;
    CASE(F322F) R[A] = putf((double)getf32(R[B])); NEXT;
    CASE(RUNESTR) {
        SAVE();
        GoString s = rt_runestr(g, (int64_t)R[B]);
        R[A] = (uint64_t)s.ptr; R[A + 1] = (uint64_t)s.len;
        NEXT;
    }
    CASE(STR2BYTES) {
        SAVE();
        GoSlice s = rt_str2bytes(g, (GoString){(const uint8_t *)R[B], (int64_t)R[B + 1]});
        R[A] = (uint64_t)s.ptr; R[A + 1] = (uint64_t)s.len; R[A + 2] = (uint64_t)s.cap;
        NEXT;
    }
    CASE(BYTES2STR) {
        SAVE();
        GoString s = rt_bytes2str(g, (GoSlice){(void *)R[B], (int64_t)R[B + 1], (int64_t)R[B + 2]});
        R[A] = (uint64_t)s.ptr; R[A + 1] = (uint64_t)s.len;
        NEXT;
    }
    CASE(BYTES2STRR) {
        uint8_t *buf = (uint8_t *)R[X & 0xffff] + (X >> 16);
        SKIPX();
        SAVE();
        GoString s = rt_bytes2str_buf(g, (GoSlice){(void *)R[B], (int64_t)R[B + 1], (int64_t)R[B + 2]}, buf);
        R[A] = (uint64_t)s.ptr; R[A + 1] = (uint64_t)s.len;
        NEXT;
    }
    CASE(STR2RUNES) {
        SAVE();
        GoSlice s = rt_str2runes(g, (GoString){(const uint8_t *)R[B], (int64_t)R[B + 1]});
        R[A] = (uint64_t)s.ptr; R[A + 1] = (uint64_t)s.len; R[A + 2] = (uint64_t)s.cap;
        NEXT;
    }
    CASE(RUNES2STR) {
        SAVE();
        GoString s = rt_runes2str(g, (GoSlice){(void *)R[B], (int64_t)R[B + 1], (int64_t)R[B + 2]});
        R[A] = (uint64_t)s.ptr; R[A + 1] = (uint64_t)s.len;
        NEXT;
    }

    CASE(EQ) R[A] = R[B] == R[C]; NEXT;
    CASE(NE) R[A] = R[B] != R[C]; NEXT;
    CASE(LT) R[A] = (int64_t)R[B] < (int64_t)R[C]; NEXT;
    CASE(LE) R[A] = (int64_t)R[B] <= (int64_t)R[C]; NEXT;
    CASE(LTU) R[A] = R[B] < R[C]; NEXT;
    CASE(LEU) R[A] = R[B] <= R[C]; NEXT;
    CASE(EQF) R[A] = getf(R[B]) == getf(R[C]); NEXT;
    CASE(NEF) R[A] = getf(R[B]) != getf(R[C]); NEXT;
    CASE(LTF) R[A] = getf(R[B]) < getf(R[C]); NEXT;
    CASE(LEF) R[A] = getf(R[B]) <= getf(R[C]); NEXT;
    CASE(EQF32) R[A] = getf32(R[B]) == getf32(R[C]); NEXT;
    CASE(NEF32) R[A] = getf32(R[B]) != getf32(R[C]); NEXT;
    CASE(LTF32) R[A] = getf32(R[B]) < getf32(R[C]); NEXT;
    CASE(LEF32) R[A] = getf32(R[B]) <= getf32(R[C]); NEXT;
    CASE(EQSTR) R[A] = R[B + 1] == R[C + 1] && (R[B] == R[C] || !R[B + 1] || memcmp((void *)R[B], (void *)R[C], R[B + 1]) == 0); NEXT;
    CASE(NESTR) R[A] = !(R[B + 1] == R[C + 1] && (R[B] == R[C] || !R[B + 1] || memcmp((void *)R[B], (void *)R[C], R[B + 1]) == 0)); NEXT;
    CASE(LTSTR) R[A] = rt_strcmp((GoString){(void *)R[B], (int64_t)R[B + 1]}, (GoString){(void *)R[C], (int64_t)R[C + 1]}) < 0; NEXT;
    CASE(LESTR) R[A] = rt_strcmp((GoString){(void *)R[B], (int64_t)R[B + 1]}, (GoString){(void *)R[C], (int64_t)R[C + 1]}) <= 0; NEXT;
    CASE(EQMEM) {
        const RType *t = (const RType *)X;
        SKIPX();
        SAVE();
        R[A] = (uint64_t)(t->equalfn ? t->equalfn : rt_equal)(g, t, &R[B], &R[C]);
        NEXT;
    }
    CASE(EQIFACE) {
        int nonempty = (int)X;
        SKIPX();
        SAVE();
        const RType *tb = R[B] && nonempty ? ((const Itab *)R[B])->type : (const RType *)R[B];
        const RType *tc = R[C] && nonempty ? ((const Itab *)R[C])->type : (const RType *)R[C];
        R[A] = tb == tc && (!tb || rt_efaceeq(g, tb, &R[B + 1], &R[C + 1]));
        NEXT;
    }

    CASE(JMP) JUMP(GET_sBx(i)); NEXT;
    CASE(JT) if (R[A]) JUMP(GET_sBx(i)); NEXT;
    CASE(JF) if (!R[A]) JUMP(GET_sBx(i)); NEXT;
    CASE(JEQ) if (R[A] == R[B]) JUMP(sC); NEXT;
    CASE(JNE) if (R[A] != R[B]) JUMP(sC); NEXT;
    CASE(JLT) if ((int64_t)R[A] < (int64_t)R[B]) JUMP(sC); NEXT;
    CASE(JLE) if ((int64_t)R[A] <= (int64_t)R[B]) JUMP(sC); NEXT;
    CASE(JLTU) if (R[A] < R[B]) JUMP(sC); NEXT;
    CASE(JLEU) if (R[A] <= R[B]) JUMP(sC); NEXT;
    CASE(JLTF) if (getf(R[A]) < getf(R[B])) JUMP(sC); NEXT;
    CASE(JLEF) if (getf(R[A]) <= getf(R[B])) JUMP(sC); NEXT;
    CASE(JNLTF) if (!(getf(R[A]) < getf(R[B]))) JUMP(sC); NEXT;
    CASE(JNLEF) if (!(getf(R[A]) <= getf(R[B]))) JUMP(sC); NEXT;
    CASE(JEQI) if ((int64_t)R[A] == GET_sB(i)) JUMP(sC); NEXT;
    CASE(JNEI) if ((int64_t)R[A] != GET_sB(i)) JUMP(sC); NEXT;
    CASE(JLTI) if ((int64_t)R[A] < GET_sB(i)) JUMP(sC); NEXT;
    CASE(JLEI) if ((int64_t)R[A] <= GET_sB(i)) JUMP(sC); NEXT;
    CASE(JGTI) if ((int64_t)R[A] > GET_sB(i)) JUMP(sC); NEXT;
    CASE(JGEI) if ((int64_t)R[A] >= GET_sB(i)) JUMP(sC); NEXT;
    CASE(INCJLT) if ((int64_t)++R[A] < (int64_t)R[B]) JUMP(sC); NEXT;
    CASE(INCJLE) if ((int64_t)++R[A] <= (int64_t)R[B]) JUMP(sC); NEXT;

#define LOADOP(name, T) \
    CASE(name) { uint8_t *p = (uint8_t *)R[B]; NILCHK(p); T v; memcpy(&v, p + C, sizeof v); R[A] = (uint64_t)(int64_t)v; NEXT; }
    LOADOP(LD8, int8_t)
    LOADOP(LD8U, uint8_t)
    LOADOP(LD16, int16_t)
    LOADOP(LD16U, uint16_t)
    LOADOP(LD32, int32_t)
    LOADOP(LD32U, uint32_t)
    LOADOP(LD64, int64_t)
#define STOREOP(name, T) \
    CASE(name) { uint8_t *p = (uint8_t *)R[B]; NILCHK(p); T v = (T)R[A]; memcpy(p + C, &v, sizeof v); NEXT; }
    STOREOP(ST8, uint8_t)
    STOREOP(ST16, uint16_t)
    STOREOP(ST32, uint32_t)
    /* an 8-byte store may overwrite a pointer: the write barrier (gc.h) */
    CASE(ST64) {
        uint8_t *p = (uint8_t *)R[B];
        NILCHK(p);
        gc_wb_slot(p + C);
        memcpy(p + C, &R[A], 8);
        NEXT;
    }
    CASE(LDN) {
        uint8_t *p = (uint8_t *)R[B];
        size_t n = (size_t)X;
        SKIPX();
        NILCHK(p);
        memcpy(&R[A], p + C, n);
        NEXT;
    }
    CASE(STN) {
        uint8_t *p = (uint8_t *)R[B];
        size_t n = (size_t)X;
        SKIPX();
        NILCHK(p);
        gc_wb_range(p + C, n);
        memcpy(p + C, &R[A], n);
        NEXT;
    }
    CASE(CHKNIL) NILCHK(R[A]); NEXT;
    CASE(MEMCPY) {
        size_t n = (size_t)X;
        SKIPX();
        NILCHK(R[A]);
        NILCHK(R[B]);
        gc_wb_range((void *)R[A], n);
        memmove((void *)R[A], (void *)R[B], n);
        NEXT;
    }
    CASE(MEMZERO) {
        size_t n = (size_t)X;
        SKIPX();
        NILCHK(R[A]);
        gc_wb_range((void *)R[A], n);
        memset((void *)R[A], 0, n);
        NEXT;
    }
#define FLOADOP(name, T) \
    CASE(name) { T v; memcpy(&v, (uint8_t *)&R[B] + C, sizeof v); R[A] = (uint64_t)(int64_t)v; NEXT; }
    FLOADOP(FLD8, int8_t)
    FLOADOP(FLD8U, uint8_t)
    FLOADOP(FLD16, int16_t)
    FLOADOP(FLD16U, uint16_t)
    FLOADOP(FLD32, int32_t)
    FLOADOP(FLD32U, uint32_t)
#define FSTOREOP(name, T) \
    CASE(name) { T v = (T)R[A]; memcpy((uint8_t *)&R[B] + C, &v, sizeof v); NEXT; }
    FSTOREOP(FST8, uint8_t)
    FSTOREOP(FST16, uint16_t)
    FSTOREOP(FST32, uint32_t)
    CASE(FLDN) {
        size_t n = (size_t)X;
        SKIPX();
        memmove(&R[A], (uint8_t *)&R[B] + C, n);
        NEXT;
    }
    CASE(FSTN) {
        size_t n = (size_t)X;
        SKIPX();
        memmove((uint8_t *)&R[B] + C, &R[A], n);
        NEXT;
    }

    CASE(IDX) {
        uint64_t es = X;
        SKIPX();
        IDXCHK(R[C], R[B + 1]);
        R[A] = R[B] + R[C] * es;
        NEXT;
    }
    CASE(IDXA) {
        uint64_t x = X;
        SKIPX();
        NILCHK(R[B]);
        IDXCHK(R[C], x >> 32);
        R[A] = R[B] + R[C] * (x & 0xffffffffu);
        NEXT;
    }
    CASE(GETSW) IDXCHK(R[C], R[B + 1]); R[A] = ((uint64_t *)R[B])[R[C]]; NEXT;
    CASE(SETSW) IDXCHK(R[C], R[B + 1]); gc_wb_slot(&((uint64_t *)R[B])[R[C]]); ((uint64_t *)R[B])[R[C]] = R[A]; NEXT;
    CASE(GETSB) IDXCHK(R[C], R[B + 1]); R[A] = ((uint8_t *)R[B])[R[C]]; NEXT;
    CASE(SETSB) IDXCHK(R[C], R[B + 1]); ((uint8_t *)R[B])[R[C]] = (uint8_t)R[A]; NEXT;
    CASE(SLICE) {
        uint64_t x = X;
        SKIPX();
        int mode = (int)(x >> 32);
        uint64_t es = x & 0xffffffffu;
        uint64_t lo = R[C], hi = R[C + 1], max = R[C + 2], cap = R[B + 2];
        if (max > cap || hi > max || lo > hi) {
            SAVE();
            panic_slice(g, mode, (int64_t)lo, (int64_t)hi, (int64_t)max, (int64_t)cap);
        }
        uint64_t ptr = R[B];
        if (max - lo > 0)
            ptr += lo * es;
        R[A] = ptr;
        R[A + 1] = hi - lo;
        R[A + 2] = max - lo;
        NEXT;
    }
    CASE(SSLICE) {
        SKIPX();
        uint64_t lo = R[C], hi = R[C + 1], len = R[B + 1];
        if (hi > len || lo > hi) {
            SAVE();
            panic_slice(g, 2, (int64_t)lo, (int64_t)hi, (int64_t)len, (int64_t)len);
        }
        R[A] = hi - lo ? R[B] + lo : R[B];
        R[A + 1] = hi - lo;
        NEXT;
    }
    CASE(STRNEXT) {
        const uint8_t *s = (const uint8_t *)R[B];
        int64_t k = (int64_t)R[C], n = (int64_t)R[B + 1];
        if (s[k] < 0x80) {
            R[A] = s[k];
            R[A + 1] = 1;
        } else {
            int w;
            R[A] = (uint64_t)(int64_t)utf8_decode(s + k, s + n, &w);
            R[A + 1] = (uint64_t)w;
        }
        NEXT;
    }

    CASE(CONCAT) {
        SAVE();
        GoString s = rt_concat(g, (GoString){(void *)R[B], (int64_t)R[B + 1]}, (GoString){(void *)R[C], (int64_t)R[C + 1]});
        R[A] = (uint64_t)s.ptr; R[A + 1] = (uint64_t)s.len;
        NEXT;
    }
    CASE(CONCATN) {
        SAVE();
        GoString s = rt_concatn(g, (const GoString *)&R[B], C);
        R[A] = (uint64_t)s.ptr; R[A + 1] = (uint64_t)s.len;
        NEXT;
    }
    CASE(CONCATR) {
        /* go's tmpBuf: a result that does not escape and fits goes in the
         * frame slot at R[X & 0xffff] + (X >> 16) */
        uint8_t *buf = (uint8_t *)R[X & 0xffff] + (X >> 16);
        SKIPX();
        SAVE();
        GoString s = rt_concatn_buf(g, (const GoString *)&R[B], C, buf);
        R[A] = (uint64_t)s.ptr; R[A + 1] = (uint64_t)s.len;
        NEXT;
    }
    CASE(NEW) SAVE(); R[A] = (uint64_t)rt_alloc(g, (const RType *)K[GET_Bx(i)]); NEXT;
    CASE(RENTER) {
        char *p = vm_region_enter(g, (size_t)GET_Bx(i));
        R[A] = (uint64_t)p;
        R[A + 1] = (uint64_t)(p ? p + ((GET_Bx(i) + 15) & ~(uint64_t)15) : p);
        NEXT;
    }
    CASE(RLEAVE) vm_region_release(g, (char *)R[A]); NEXT;
    CASE(RSLOT) {
        char *p = (char *)R[B] + C;
        memset(p, 0, (size_t)X);
        SKIPX();
        R[A] = (uint64_t)p;
        NEXT;
    }
    CASE(RCLOSURE) {
        const Func *f = (const Func *)X;
        SKIPX();
        Closure *cl = (Closure *)((char *)R[B] + C);
        memset(cl, 0, sizeof(Closure) + (size_t)f->nupvals * 8);
        cl->fn = f;
        R[A] = (uint64_t)cl;
        NEXT;
    }
    CASE(BOXP) {
        uint64_t x = X;
        SKIPX();
        const RType *t = (x & 1) ? ((const Itab *)(x & ~(uint64_t)1))->type : (const RType *)x;
        uint64_t data;
        if (t->flags & RT_DIRECT) {
            data = R[B];
        } else {
            memcpy((void *)R[C], &R[B], (size_t)t->size);
            data = R[C];
        }
        R[A] = x & ~(uint64_t)1;
        R[A + 1] = data;
        NEXT;
    }
    CASE(MAKESLICE) {
        const RType *et = (const RType *)X;
        SKIPX();
        SAVE();
        int64_t len = (int64_t)R[B];
        GoSlice s = rt_makeslice(g, et, len, C == 0xffffff ? len : (int64_t)R[C]);
        R[A] = (uint64_t)s.ptr; R[A + 1] = (uint64_t)s.len; R[A + 2] = (uint64_t)s.cap;
        NEXT;
    }
    CASE(USLICE) {
        uint64_t es = X;
        SKIPX();
        void *p = (void *)R[B];
        int64_t len = (int64_t)R[C];
        if (len < 0 || (es && (uint64_t)len > UINT64_MAX / es) || (uint64_t)len * es > -(uint64_t)p) {
            SAVE();
            rt_unsafe_slice_panic(g, p, len);
        }
        R[A] = (uint64_t)p; R[A + 1] = (uint64_t)len; R[A + 2] = (uint64_t)len;
        NEXT;
    }
    CASE(APPEND1) {
        const RType *et = (const RType *)X;
        SKIPX();
        GoSlice *s = (GoSlice *)&R[A];
        if ((uint64_t)s->len + (uint64_t)C > (uint64_t)s->cap) {   /* unsigned: len + C may overflow */
            SAVE();
            rt_growslice(g, s, et, C);
        }
        R[B] = (uint64_t)((uint8_t *)s->ptr + s->len * et->size);
        s->len += C;
        NEXT;
    }
    CASE(APPENDN) {
        const RType *et = (const RType *)X;
        SKIPX();
        GoSlice src = {(void *)R[B], (int64_t)R[B + 1], 0};
        GoSlice *s = (GoSlice *)&R[A];
        if ((uint64_t)s->len + (uint64_t)src.len > (uint64_t)s->cap) {
            SAVE();
            rt_growslice(g, s, et, src.len);
        }
        if (src.len) {
            if (et->flags & RT_HASPTR)
                gc_wb_range((uint8_t *)s->ptr + s->len * et->size, (size_t)(src.len * et->size));
            memmove((uint8_t *)s->ptr + s->len * et->size, src.ptr, (size_t)(src.len * et->size));
        }
        s->len += src.len;
        NEXT;
    }
    CASE(COPY) {
        uint64_t es = X;
        SKIPX();
        int64_t n = (int64_t)R[B + 1] < (int64_t)R[C + 1] ? (int64_t)R[B + 1] : (int64_t)R[C + 1];
        if (n > 0) {
            gc_wb_range((void *)R[B], (size_t)n * es);
            memmove((void *)R[B], (void *)R[C], (size_t)n * es);
        }
        R[A] = (uint64_t)n;
        NEXT;
    }
    CASE(BOX) {
        uint64_t x = X;
        SKIPX();
        const RType *t = C ? ((const Itab *)x)->type : (const RType *)x;
        uint64_t data;
        if (t->flags & RT_DIRECT) {
            data = R[B];
        } else {
            SAVE();
            void *p = rt_alloc(g, t);
            memcpy(p, &R[B], (size_t)t->size);
            data = (uint64_t)p;
        }
        R[A] = x;
        R[A + 1] = data;
        NEXT;
    }
    CASE(SLICE2AP)
        if ((int64_t)R[B + 1] < (int64_t)C) {
            SAVE();
            rt_panic_runtime(g, "cannot convert slice with length %lld to pointer to array with length %d",
                             (long long)R[B + 1], C);
        }
        R[A] = R[B];
        NEXT;
    CASE(ITAB2TYPE) R[A] = R[B] ? (uint64_t)((const Itab *)R[B])->type : 0; NEXT;
    CASE(ASSERT) {
        const AssertInfo *ai = (const AssertInfo *)X;
        const RType *t = ai->target;
        SKIPX();
        const RType *have = (C & 2) && R[B] ? ((const Itab *)R[B])->type : (const RType *)R[B];
        uint64_t data = R[B + 1];
        int64_t words = t->size <= 8 ? 1 : (t->size + 7) / 8;
        if (have == t) {
            if (t->flags & RT_DIRECT)
                R[A] = data;
            else
                rtype_load_regs(t, (const void *)data, &R[A]);
            if (C & 1)
                R[A + words] = 1;
        } else if (C & 1) {
            memset(&R[A], 0, (size_t)(words + 1) * 8);
        } else {
            SAVE();
            rt_panic_runtime(g, "\001interface conversion: %s is %s, not %s%s", ai->source->str,
                             have ? have->str : "nil", t->str,
                             have && !strcmp(have->str, t->str) ? " (types from different scopes)" : "");
        }
        NEXT;
    }
    CASE(ASSERTI) {
        const AssertInfo *ai = (const AssertInfo *)X;
        const RType *it = ai->target;
        SKIPX();
        const RType *have = (C & 2) && R[B] ? ((const Itab *)R[B])->type : (const RType *)R[B];
        uint64_t data = R[B + 1];
        const void *w0 = NULL;
        if (have) {
            SAVE();
            w0 = it->nmethods ? (const void *)rt_getitab(g, it, have, C & 1) : (const void *)have;
        }
        if (w0) {
            R[A] = (uint64_t)w0;
            R[A + 1] = data;
            if (C & 1)
                R[A + 2] = 1;
        } else if (C & 1) {
            R[A] = R[A + 1] = R[A + 2] = 0;
        } else if ((C & 4) && !have) {
            R[A] = R[A + 1] = 0;    /* a conversion: nil stays nil */
        } else {
            SAVE();
            rt_panic_runtime(g, "\001interface conversion: interface is nil, not %s", it->str);
        }
        NEXT;
    }
    CASE(TYPEOF) R[A] = C && R[B] ? (uint64_t)((const Itab *)R[B])->type : R[B]; NEXT;

    CASE(MAKEMAP) {
        const RType *mt = (const RType *)X;
        SKIPX();
        SAVE();
        R[A] = (uint64_t)map_make(g, mt, (int64_t)R[B]);
        NEXT;
    }
    CASE(MAPGET) {
        const RType *mt = (const RType *)X;
        SKIPX();
        SAVE();
        const void *p = map_access(g, (Hmap *)R[B], mt, &R[C]);
        if (p)
            rtype_load_regs(mt->elem, p, &R[A]);
        else
            memset(&R[A], 0, (size_t)(mt->elem->size <= 8 ? 8 : (mt->elem->size + 7) & ~7));
        NEXT;
    }
    CASE(MAPGET2) {
        const RType *mt = (const RType *)X;
        SKIPX();
        SAVE();
        const Hmap *hm = (const Hmap *)R[B];
        const void *p = !hm ? map_access(g, (Hmap *)R[B], mt, &R[C])
                      : hm->mi.keykind == KEY_WORD ? map_access_fast64(g, (Hmap *)R[B], &R[C])
                      : hm->mi.keykind == KEY_STRING ? map_access_faststr(g, (Hmap *)R[B], &R[C])
                      : map_access(g, (Hmap *)R[B], mt, &R[C]);
        int64_t w = mt->elem->size <= 8 ? 1 : (mt->elem->size + 7) / 8;
        if (p)
            rtype_load_regs(mt->elem, p, &R[A]);
        else
            memset(&R[A], 0, (size_t)w * 8);
        R[A + w] = p != NULL;
        NEXT;
    }
    CASE(MAPSET) {
        const RType *mt = (const RType *)X;
        SKIPX();
        SAVE();
        R[A] = (uint64_t)map_assign(g, (Hmap *)R[B], mt, &R[C]);
        NEXT;
    }
    CASE(MAPGETW) CASE(MAPGETS) CASE(MAPGETW32) {
        const RType *mt = (const RType *)X;
        SKIPX();
        int op = GET_OP(i);
        const void *p = op == OP_MAPGETW ? map_access_fast64(g, (Hmap *)R[B], &R[C])
                      : op == OP_MAPGETS ? map_access_faststr(g, (Hmap *)R[B], &R[C])
                                         : map_access_fast32(g, (Hmap *)R[B], &R[C]);
        if (p)
            rtype_load_regs(mt->elem, p, &R[A]);
        else
            memset(&R[A], 0, (size_t)(mt->elem->size <= 8 ? 8 : (mt->elem->size + 7) & ~7));
        NEXT;
    }
    CASE(MAPSETW) CASE(MAPSETS) CASE(MAPSETW32) {
        SKIPX();
        SAVE();
        int op = GET_OP(i);
        R[A] = (uint64_t)(op == OP_MAPSETW ? map_assign_fast64(g, (Hmap *)R[B], &R[C])
                          : op == OP_MAPSETS ? map_assign_faststr(g, (Hmap *)R[B], &R[C])
                                             : map_assign_fast32(g, (Hmap *)R[B], &R[C]));
        NEXT;
    }
    CASE(MAPDEL) {
        const RType *mt = (const RType *)X;
        SKIPX();
        SAVE();
        map_delete(g, (Hmap *)R[A], mt, &R[B]);
        NEXT;
    }
    CASE(MAPLEN) R[A] = R[B] ? (uint64_t)((const Hmap *)R[B])->count : 0; NEXT;
    CASE(MAPITER) SAVE(); R[A] = (uint64_t)map_iter_init(g, (Hmap *)R[B]); NEXT;
    CASE(MAPIT) {
        const MapIter *it = (const MapIter *)R[B];
        if (!it->key) {
            pc += sC;
            NEXT;
        }
        R[A] = (uint64_t)it->key;
        R[A + 1] = (uint64_t)it->elem;
        NEXT;
    }
    CASE(MAPNEXT) SAVE(); map_iter_next(g, (MapIter *)R[A]); NEXT;

    {
        const Func *callee;
    CASE(CALL)
        if (!R[A]) { SAVE(); panic_nil(g); }
        callee = ((const Closure *)R[A])->fn;
        goto call;
    CASE(CALLF)
        callee = (const Func *)K[GET_Bx(i)];
        R[A] = (uint64_t)callee->static_closure;
    call:
        if (callee->native) {
            SAVE();
            g->top = base + fn->nregs;
            uint64_t *st = g->stack;
            callee->native(g, &R[A + 3]);
            if (__builtin_expect(g->stack != st, 0))
                native_moved(g, st, base + A + 3, callee->nresults);
            PARKCHK();
            RELOAD();
            NEXT;
        }
        R[A + 1] = (uint64_t)pc;
        R[A + 2] = (uint64_t)base;
        base += A + 3;
        if (base + callee->nregs + 3 > g->stack_words) {
            g->pc = pc;
            g->base = base - A - 3;
            grow_stack(g, base + callee->nregs + 3);
        }
        R = g->stack + base;
        fn = callee;
        K = fn->k;
        pc = fn->code;
        SAFEPOINT();
        NEXT;
    CASE(CALLN)
        callee = (const Func *)K[GET_Bx(i)];
        SAVE();
        g->top = base + fn->nregs;
        uint64_t *st = g->stack;
        callee->native(g, &R[A + 3]);
        if (__builtin_expect(g->stack != st, 0))
            native_moved(g, st, base + A + 3, callee->nresults);
        PARKCHK();
        RELOAD();
        NEXT;
    }
    CASE(IMETH) {
        const Itab *t = (const Itab *)R[B];
        NILCHK(t);
        uint64_t data = R[B + 1];
        R[A] = (uint64_t)t->fun[C];
        R[A + 3] = data;
        NEXT;
    }
    CASE(RET) {
        if (A) {
            int n = B;
            if (n == 1)
                R[0] = R[A];
            else
                for (int k = 0; k < n; k++)    /* A > 0: a forward copy is safe */
                    R[k] = R[A + k];
        }
        int64_t b = base;
        pc = (const Instr *)R[-2];
        base = (int64_t)R[-1];
        if (b == stop_base) {
            g->pc = pc;
            g->base = base;
            return VM_DONE;
        }
        R = g->stack + base;
        fn = ((const Closure *)R[-3])->fn;
        K = fn->k;
        NEXT;
    }
    CASE(CLOSURE) {
        const Func *f = (const Func *)K[GET_Bx(i)];
        SAVE();
        /* fn (C memory), then the captured variables' cells */
        static const PtrLayout closure_layout = {0, 1, 1, rt_allptr_mask};
        Closure *cl = rt_alloc_layout(g, sizeof(Closure) + (size_t)f->nupvals * 8, &closure_layout);
        cl->fn = f;
        R[A] = (uint64_t)cl;
        NEXT;
    }
    CASE(SETUPV) gc_wb_slot(&((Closure *)R[A])->up[C]); ((Closure *)R[A])->up[C] = R[B]; NEXT;
    CASE(GETUPV) R[A] = ((const Closure *)R[-3])->up[B]; NEXT;
    CASE(FUNCVAL) R[A] = (uint64_t)((const Func *)K[GET_Bx(i)])->static_closure; NEXT;

    CASE(DEFER) {
        SAVE();
        /* the arguments are registers' words: scanned as a stack's are,
         * every word a possible pointer */
        static const PtrLayout defer_layout = {PTR_WORD(Defer, link) | PTR_WORD(Defer, fn), PTR_WORDS(Defer), 1, rt_allptr_mask};
        Defer *d = rt_alloc_layout(g, sizeof(Defer) + (size_t)B * 8, &defer_layout);
        d->fn = (Closure *)R[A];
        d->nargs = B;
        memcpy(d->args, &R[A + 1], (size_t)B * 8);
        d->frame = base;
        d->link = g->defers;
        g->defers = d;
        NEXT;
    }
    CASE(DEFERF) {
        Defer *d = (Defer *)&R[C];      /* in the frame: grow_stack moves it */
        d->fn = (Closure *)R[A];
        d->nargs = B;
        memcpy(d->args, &R[A + 1], (size_t)B * 8);
        d->frame = base;
        d->link = g->defers;
        g->defers = d;
        NEXT;
    }
    CASE(DEFERRETURN) {
        /* followed by a JMP back here: a deferred call returns to that JMP
         * (so the frame's saved pc shows this line), no record skips it */
        Defer *d = g->defers;
        if (!d || d->frame != base) {
            pc++;
            NEXT;
        }
        int64_t cb = fn->nregs;   /* the deferred call's frame goes above this frame */
        if (d->fn) {
            /* grow while the record is still on the chain: a frame-allocated
             * record moves with the stack (adjustdefers), a popped one not */
            const Func *cf = d->fn->fn;
            int64_t need = base + cb + 3 + d->nargs + (cf->native ? 0 : cf->nregs) + 3;
            if (need > g->stack_words) {
                SAVE();
                grow_stack(g, need);
                RELOAD();
                d = g->defers;
            }
        }
        g->defers = d->link;
        if (!d->fn) {
            SAVE();
            panic_nil(g);
        }
        const Func *callee = d->fn->fn;
        memcpy(&R[cb + 3], d->args, (size_t)d->nargs * 8);
        if (callee->native) {
            SAVE();
            g->top = base + cb + 3 + d->nargs;
            uint64_t *st = g->stack;
            callee->native(g, &R[cb + 3]);
            if (__builtin_expect(g->stack != st, 0))
                native_moved(g, st, base + cb + 3, 0);
            PARKCHK();
            RELOAD();
            NEXT;           /* the JMP brings us back for the next record */
        }
        R[cb] = (uint64_t)d->fn;
        R[cb + 1] = (uint64_t)pc;         /* returns to the JMP back to DEFERRETURN */
        R[cb + 2] = (uint64_t)base;
        base += cb + 3;
        R = g->stack + base;
        fn = callee;
        K = fn->k;
        pc = fn->code;
        NEXT;
    }
    CASE(GO) {
        /* go 1.19 wraps a call with arguments in a closure, so a nil
         * function with arguments panics in the new goroutine; without
         * arguments it is the runtime's fatal error */
        if (!R[A] && B == 0) {
            SAVE();
            rt_fatal(g, "go of nil func value");
        }
        SAVE();
        rt_newproc(g, (Closure *)R[A], &R[A + 1], B, pc);
        NEXT;
    }
    CASE(MAKECHAN) {
        SAVE();
        R[A] = (uint64_t)rt_makechan(g, (const RType *)X, (int64_t)R[B]);
        SKIPX();
        NEXT;
    }
    CASE(CHANSEND)
        SAVE();
        if (chan_send(g, (Hchan *)R[A], &R[B]) == VM_SWITCH)
            return VM_SWITCH;
        NEXT;
    CASE(CHANRECV)
        SAVE();
        memset(&R[A], 0, (size_t)C * 8);
        if (chan_recv(g, (Hchan *)R[B], &R[A], NULL) == VM_SWITCH)
            return VM_SWITCH;
        NEXT;
    CASE(CHANRECV2)
        SAVE();
        memset(&R[A], 0, (size_t)C * 8);
        if (chan_recv(g, (Hchan *)R[B], &R[A], &R[A + C]) == VM_SWITCH)
            return VM_SWITCH;
        NEXT;
    CASE(CLOSE)
        SAVE();
        chan_close(g, (Hchan *)R[A]);
        NEXT;
    CASE(CHANLEN) R[A] = (uint64_t)chan_len((Hchan *)R[B]); NEXT;
    CASE(CHANCAP) R[A] = (uint64_t)chan_cap((Hchan *)R[B]); NEXT;
    CASE(SELECT)
        SAVE();
        if (rt_select(g, (const SelectInfo *)K[GET_Bx(i)], R, A) == VM_SWITCH)
            return VM_SWITCH;
        NEXT;
    CASE(PANIC) {
        SAVE();
        GoEface e = {(const RType *)R[A], (void *)R[A + 1]};
        rt_panic_value(g, e);
    }
    CASE(RECOVERD) {
        /* run by a deferring function's return, recover acts as if that
         * function called it; run by a panic, the caller is the panicking
         * frame and it does nothing */
        Panic *p = g->panics;
        int64_t caller = (int64_t)R[-1];
        if (p && !p->recovered && !p->goexit && p->argp == caller) {
            p->recovered = 1;
            R[A] = (uint64_t)p->arg.type;
            R[A + 1] = (uint64_t)p->arg.data;
        } else {
            R[A] = R[A + 1] = 0;
        }
        NEXT;
    }
    CASE(RECOVER) {
        /* only a deferred call run by a panic, and only directly (its own
         * frame), stops it */
        Panic *p = g->panics;
        int64_t b = base;
        /* compiler-made wrappers (method values, itab entries) between the
         * deferred call and the function calling recover do not count */
        while (p && b > p->argp) {
            int64_t caller = (int64_t)g->stack[b - 1];
            const Closure *cc = caller >= 3 ? (const Closure *)g->stack[caller - 3] : NULL;
            const Closure *bc = (const Closure *)g->stack[b - 3];
            if (!cc || !bc || caller < p->argp || cc->fn->name[0] != '\0' || caller == b)
                break;
            if (bc == cc)
                break;
            b = caller;
        }
        if (p && !p->recovered && !p->goexit && p->argp == b) {
            p->recovered = 1;
            R[A] = (uint64_t)p->arg.type;
            R[A + 1] = (uint64_t)p->arg.data;
        } else {
            R[A] = R[A + 1] = 0;
        }
        NEXT;
    }
    CASE(PANICMSG) {
        SAVE();
        switch (B) {
        case PM_NOTIMPL: rt_fatal(g, "%s is not provided by golite", fn->name);
        case PM_PANICWRAP: rt_panic_runtime(g, "\001%s", (const char *)K[A]);
        case PM_UNCOMPILED:
            rt_fatal(g, "golite: %s was left out as never called through an interface (a golite bug)", fn->name);
        default: rt_fatal(g, "no return value");
        }
    }
    CASE(PRINT) SAVE(); rt_print(g, C, &R[A]); NEXT;
    CASE(PRINTSP) SAVE(); rt_print(g, PK_SPACE, NULL); NEXT;
    CASE(PRINTNL) SAVE(); rt_print(g, PK_NEWLINE, NULL); NEXT;
    END_DISPATCH
    return VM_DONE;     /* not reached */
}

/* Go's complex128 division (runtime/complex.go). */
static double complex_div_re(double a, double b, double c, double d, double *im)
{
    double e, f;
    if (fabs(c) >= fabs(d)) {
        double ratio = d / c, denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        double ratio = c / d, denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if (isnan(e) && isnan(f)) {
        if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
            e = copysign(INFINITY, c) * a;
            f = copysign(INFINITY, c) * b;
        } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
            a = copysign(isinf(a) ? 1.0 : 0.0, a);
            b = copysign(isinf(b) ? 1.0 : 0.0, b);
            e = INFINITY * (a * c + b * d);
            f = INFINITY * (b * c - a * d);
        } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
            c = copysign(isinf(c) ? 1.0 : 0.0, c);
            d = copysign(isinf(d) ? 1.0 : 0.0, d);
            e = 0 * (a * c + b * d);
            f = 0 * (b * c - a * d);
        }
    }
    *im = f;
    return e;
}
