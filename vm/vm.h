/*
 * vm.h — bytecode, functions, closures, goroutine stacks and the interpreter.
 *
 * Instruction layout (64 bits, little end first):
 *
 *   | op:8 | A:16 | B:16 | C:24 |          ABC / ABsC
 *   | op:8 | A:16 |      Bx:40    |         ABx / AsBx
 *
 * An instruction whose format ends in X is followed by one EXTRA word, a
 * full 64-bit operand (an element size, an RType*, an Itab*).
 *
 * A goroutine's frames live on its own VM stack of 8-byte words (G.stack).
 * A call site at register A of the caller lays out
 *
 *   R[A]   the callee's closure          <- callee base - 3
 *   R[A+1] the caller's return pc
 *   R[A+2] the caller's base (as an offset into the stack)
 *   R[A+3] first argument word           <- callee base: its R[0]
 *
 * and the callee returns its results in its own R[0..], i.e. in the caller's
 * R[A+3..]. Calls and returns only move `base` and `pc`: Go calls never
 * recurse on the C stack, so a goroutine can be switched by switching G.
 * Frames are addressed by offsets, and nothing points into a VM stack (the
 * compiler keeps address-taken and captured variables in the heap, or in
 * the goroutine's frame region when they do not escape: vm/region.c), so
 * a full stack grows by reallocating it to twice its size.
 */
#ifndef GOLITE_VM_H
#define GOLITE_VM_H

#include <stdint.h>

#include "runtime/rt.h"
#include "runtime/rtype.h"
#include "util/mem.h"

typedef uint64_t Instr;

typedef enum OpCode {
#define OP(name, fmt) OP_##name,
#include "vm/opcodes.def"
#undef OP
    OP__COUNT
} OpCode;

extern const char *const op_names[OP__COUNT];
extern const char *const op_formats[OP__COUNT];

#define GET_OP(i)   ((int)((i) & 0xff))
#define GET_A(i)    ((int)(((i) >> 8) & 0xffff))
#define GET_B(i)    ((int)(((i) >> 24) & 0xffff))
#define GET_C(i)    ((int)(((i) >> 40) & 0xffffff))
#define GET_sC(i)   ((int)((int64_t)(i) >> 40))
#define GET_sB(i)   ((int)(int16_t)(((i) >> 24) & 0xffff))
#define GET_Bx(i)   ((uint64_t)(i) >> 24)
#define GET_sBx(i)  ((int64_t)(i) >> 24)

#define MK_ABC(op, a, b, c) \
    ((Instr)(op) | (Instr)(uint16_t)(a) << 8 | (Instr)(uint16_t)(b) << 24 | (Instr)((uint64_t)(c) & 0xffffff) << 40)
#define MK_ABx(op, a, bx) ((Instr)(op) | (Instr)(uint16_t)(a) << 8 | (Instr)(bx) << 24)

#define MAX_REGS 65535
#define MAX_sC   ((1 << 23) - 1)

/* Message kinds of PANICMSG. */
enum { PM_UNREACHABLE_RETURN, PM_NOTIMPL, PM_PANICWRAP, PM_UNCOMPILED };


typedef struct Program Program;

/* An open-coded defer of a function: its closure and arguments live in the
 * frame from register slot on; bit i of the bitmask register says pending. */
typedef struct OpenDefer {
    int slot;
    int nargs;
    Closure *fn;            /* a capture-free function literal: its closure (the slot is not written) */
} OpenDefer;

/* Operand of ASSERT/ASSERTI: the asserted type and the operand's static
 * interface type (for the panic text). */
typedef struct AssertInfo {
    const RType *target, *source;
} AssertInfo;

typedef struct Func {
    const char *name;       /* "main.fib", "main.(*T).M", "main.main.func1" */
    const char *file;
    Instr *code;
    int ncode;
    int32_t *lines;         /* source line of each instruction */
    uint64_t *k;            /* constants */
    int nk;
    int nregs;              /* frame size in words */
    int nparams;            /* argument words */
    int nresults;           /* result words */
    int nupvals;
    NativeFn native;        /* a native function: code is NULL */
    Closure *static_closure;/* the function value of a top-level function */
    int line;               /* of the declaration */
    int unimplemented;      /* a standard function golite lacks: calling it is a fatal error */
    int deferreturn;        /* functions with defer: start of the epilogue (recovery resumes there) */
    int deferreturn_end;    /*   and its end */
    int region_reg;         /* frame region: r + 1 where R[r] is the block's start, R[r+1] its end; 0: none */
    int nopen;              /* open-coded defers (0: none) */
    int openbits;           /*   their bitmask register */
    const OpenDefer *open;
    Program *prog;
} Func;

struct Closure {
    const Func *fn;
    uint64_t up[];          /* captured variables: pointers to their heap cells */
};

struct Program {
    uint8_t *globals;       /* package variables */
    int64_t globals_size;
    const uint8_t *globals_ptrmask; /* one bit per word of globals: holds a pointer */
    Func *entry;            /* runs package initialisation, then main.main */
    PtrVec funcs;           /* every function, for disasm */
    const char *file;
    const RType *t_string;  /* the program's string type (panics with string values) */
    const RType *t_typeassert; /* its *runtime.TypeAssertionError, once package runtime's init gave it */
};

/* A deferred call (heap record; golite does not yet have Go's
 * frame-allocated or open-coded defers). */
typedef struct Defer {
    struct Defer *link;     /* the next older record of the goroutine */
    int64_t frame;          /* base of the frame whose defer statement made it */
    Closure *fn;
    int nargs;              /* argument words */
    uint64_t args[];
} Defer;

/* A panic in progress (newest first on G.panics). */
typedef struct Panic {
    struct Panic *link;     /* the panic this one happened during, if any */
    GoEface arg;            /* the panic value */
    int recovered;
    int sigpanic;           /* a nil dereference: the report adds Go's [signal ...] line */
    int goexit;             /* runtime.Goexit: runs the deferred calls; recover() ignores it */
    int64_t argp;           /* base of the deferred call run for it: recover() there stops it */
    const Instr *pc;        /* where it was raised (the report's traceback) */
    int64_t base;
} Panic;

/* A goroutine. The scheduler's fields are described in runtime/sched.h. */
struct M;
struct Sudog;
struct Timer;
struct G {
    Defer *defers;          /* deferred calls, newest first */
    Panic *panics;          /* panics in progress, newest first */
    void *jb;               /* jmp_buf of the innermost vm_execute: where a panic unwinds to */
    int64_t recovered_base; /* the frame that last recovered runs its epilogue; tracebacks */
    const Instr *recovered_pc; /*   show it at the line it was interrupted at, as go does */
    uint64_t *stack;
    int64_t stack_words;
    int64_t top;            /* words in use below a native's nested call */
    int64_t goid;
    const Instr *pc;        /* saved pc of the running frame (Protect) */
    int64_t base;           /* base of the running frame */
    Program *prog;
    /* scheduling (runtime/sched.h) */
    uint32_t status;        /* GS_*: atomic */
    uint32_t preempt;       /* atomic: yield at the next safepoint */
    uint32_t interrupt;     /* atomic: the REPL's Ctrl-C: panic at the next safepoint (with preempt) */
    int32_t ncall;          /* nested VM entries (vm_call): > 0 blocks the M with the G */
    int32_t locks;          /* procPin: no preemption while > 0 */
    uint64_t **stale;       /* old stack blocks natives may still point into (grow_stack) */
    int nstale, capstale;
    /* frame region: the blocks of frames whose allocations do not escape
     * (escape analysis); a stack of chunks that never moves, released
     * when the frame returns (vm/region.c) */
    struct RegionChunk *rchunk, *rspare;
    char *rtop, *rend;
    uint8_t waitreason;
    uint8_t parkreq;        /* PR_*: why vm_execute returned VM_SWITCH */
    uint8_t goexiting;      /* runtime.Goexit finished its deferred calls */
    struct M *m;            /* the M running it */
    struct M *lockedm;      /* parked with its M (nested), or locked to it: run it only there */
    uint32_t lockedext;     /* runtime.LockOSThread calls not undone yet (Go's m.lockedExt) */
    G *schedlink;           /* run queues, free lists */
    int (*unlockf)(G *, void *);
    void *unlockarg;
    int (*waitk)(G *);      /* after the wake-up, before the bytecode goes on */
    struct Sudog *param;    /* the sudog that woke it (channels, select) */
    struct Sudog *waiting;  /* select: its sudogs */
    uint32_t selectdone;    /* atomic: select already woken */
    uint64_t *waitok;       /* receive: where ok goes after the wake-up */
    const void *waitsel;    /* select in progress: SelectInfo */
    int64_t waitsel_base;   /*   its frame and result register */
    int waitsel_dst;
    struct Timer *timer;    /* time.Sleep */
    const Func *gofn;       /* creator ("created by"): its function and pc */
    const Instr *gopc;
    int64_t waitsince;
    /* the collector's (runtime/gc.c) */
    uint32_t gcscan;        /* atomic: cycle << 1 once its stack is scanned in that cycle; | 1 while being scanned */
    uint32_t gcassist_cycle;/* the cycle gcassist counts for */
    int64_t gcassist;       /* assist credit in bytes of scan work (< 0: debt) */
    void *gcroot;           /* an object being allocated while its goroutine is off its P (malloc.c) */
};
/* Largest VM stack, as Go's default max stack size; debug.SetMaxStack
 * changes the limit (vm_set_max_stack, returning the old one), up to twice
 * this (Go's maxstackceiling). */
#define VM_MAX_STACK_BYTES 1000000000
uint64_t vm_set_max_stack(uint64_t bytes);

G   *vm_new_g(Program *p);
G   *vm_alloc_g(void);      /* zeroed, on its own cache lines */
/* Once before the program runs. */
void vm_init(void);
/* Runs g from its saved pc until its entry frame returns (VM_DONE) or it
 * gives up the M (VM_SWITCH, g->parkreq says why): the scheduler's entry. */
int  vm_resume(G *g);
/* Prepares a new goroutine's stack: closure fn with nargs argument words. */
void vm_setup_g(G *g, Closure *fn, const uint64_t *args, int nargs);
void vm_free_stale(G *g);
/* Frame regions (vm/region.c). A function whose allocations stay in its
 * frame takes one zeroed block at entry (RENTER) and gives it back when it
 * returns (RLEAVE); blocks are never moved, unlike the VM stack, so
 * pointers into them stay valid while the frame lives. */
typedef struct RegionChunk {
    struct RegionChunk *prev;
    char *prev_top;         /* the previous chunk's top when this one was pushed */
    size_t cap;
    char data[];
} RegionChunk;
void *vm_region_enter(G *g, size_t size);
void  vm_region_release(G *g, char *mark);
void  vm_region_reset(G *g);          /* the goroutine ended */
/* Is p in g's frame region? (concatenation must copy such an operand
 * rather than return it, as go's concatstrings does for stack data) */
int   vm_region_holds(G *g, const void *p);
/* Calls fn on each used range of g's region (the collector's roots). */
void  vm_region_each(G *g, void (*fn)(void *lo, void *hi, void *arg), void *arg);

/* Traceback of a goroutine that is not running, with Go's header. */
void vm_traceback_waiting(G *g, Buf *b, const char *status);
/* Calls a closure from C (fmt's String() and Error()): args (nargs words)
 * are copied in, results copied out to res. */
void vm_call(G *g, Closure *fn, const uint64_t *args, int nargs, uint64_t *res, int nres);
void vm_disasm(Buf *b, const Func *fn);
void vm_traceback(G *g, Buf *b);

#endif
