/*
 * rt.h — what native code (stdlib natives, fmt, the VM's helpers) may call
 * in the runtime, and the calling convention of native functions.
 *
 * Every entry takes the running goroutine G: nothing a goroutine touches
 * lives in a mutable C global (the scheduler will run several Gs at once on
 * different threads).
 *
 * Native functions. A Go function declared without a body in the stdlib/ sources is
 * implemented in C as `void fn(G *g, uint64_t *args)`. args points at the
 * callee's registers: the parameters in order, each taking ceil(size/8)
 * words in register form (rtype.h: integers extended to 64 bits, bools 0/1,
 * strings two words, slices three, interfaces two, structs their memory
 * image). A variadic ...T parameter arrives as one slice. The results are
 * written from args[0] on, in the same form, after the parameters have been
 * read. Methods take the receiver first. Natives are registered by name in
 * stdlib/natives.c: "fmt.Println", "strings.(*Builder).WriteString".
 */
#ifndef GOLITE_RT_H
#define GOLITE_RT_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/rtype.h"
#include "util/buf.h"

typedef struct G G;

typedef void (*NativeFn)(G *g, uint64_t *args);
typedef struct NativeDef {
    const char *name;
    NativeFn fn;
} NativeDef;
NativeFn natives_lookup(const char *name);

/* Allocation: zeroed memory from the collected heap (runtime/malloc.c).
 * The collector scans heap objects precisely: every allocation that may
 * hold pointers says which words do (the heap bitmap is written from it),
 * so a pointer stored where its layout has none is lost. rt_alloc takes a
 * Go type, rt_alloc_array n elements of one; runtime structures describe
 * themselves with a PtrLayout (PTR_WORD(T, field) builds its head mask);
 * rt_alloc_noscan is for memory that holds no pointers. */
typedef struct PtrLayout {
    uint64_t head;          /* words [0, nhead): bit k set if word k holds a pointer */
    uint32_t nhead;
    uint32_t period;        /* then elements of `period` words (0: none), */
    const uint8_t *elem;    /*   their pointer bits (one per word, LSB first), repeated to the end */
} PtrLayout;
#define PTR_WORD(T, field) ((uint64_t)1 << (offsetof(T, field) / 8))
#define PTR_WORDS(T) ((uint32_t)((sizeof(T) + 7) / 8))
extern const uint8_t rt_allptr_mask[1];     /* {1}: an element of one pointer word */
extern const PtrLayout rt_strings_layout;   /* GoStrings */
void *rt_alloc(G *g, const RType *t);
void *rt_alloc_array(G *g, const RType *elem, size_t n);
void *rt_alloc_layout(G *g, size_t n, const PtrLayout *l);
void *rt_alloc_noscan(G *g, size_t n);
GoString rt_string(G *g, const char *s, size_t n);   /* copies */
static inline GoString rt_cstring(G *g, const char *s);

/* Panics. These do not return. rt_panic_runtime(g, "index out of range [5]
 * with length 3") raises a runtime.Error whose Error() is "runtime error: "
 * + msg; rt_panic_value raises panic(v). rt_fatal prints "fatal error: msg"
 * (Go's throw) and exits 2. */
_Noreturn void rt_panic_runtime(G *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
_Noreturn void rt_panic_value(G *g, GoEface v);
_Noreturn void rt_panic_string(G *g, const char *msg);  /* panic(errors.New-like plain string value) */
_Noreturn void rt_fatal(G *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
_Noreturn void rt_fatalpanic(G *g);   /* report the goroutine's panics and exit 2 */
_Noreturn void rt_goexit(G *g);       /* runtime.Goexit */

/* Output. Standard output to a terminal is written through; to a pipe or a
 * file it is buffered per process and flushed whenever Go's unbuffered
 * output could be told apart (runtime/panic.c says when). */
void rt_write(G *g, int fd, const void *p, size_t n);
/* The REPL's Ctrl-C in a running entry (vm/interp.c's safepoints, G.interrupt):
 * a panic whose value is rt_interrupt_value's string, "interrupted". */
_Noreturn void rt_panic_interrupt(G *g);
int rt_is_interrupt(GoEface v);
/* A panic value as the runtime prints it after "panic: " (Error()/String() first). */
struct Buf;
void rt_print_panic_value(G *g, struct Buf *b, GoEface v);
void rt_flush(G *g);
void rt_flush_stale(int64_t now, int64_t age);  /* flush if the oldest byte is age ns old */
void rt_output_init(void);                      /* at start: terminal or not, signal handlers */

/* The program's command line (os.Args): set once before the program
 * starts, read-only afterwards. */
void rt_set_args(int argc, char **argv);
GoSlice rt_args(G *g);

/* Calls a Go method with no arguments and one string result (String(),
 * Error()) on a receiver given as an interface data word; used by fmt. */
GoString rt_call_string_method(G *g, const RMethod *m, void *recv_word);

/* Interfaces: the dynamic type of an interface value of static interface
 * type iface_t (word0 is an RType for empty interfaces, an Itab otherwise). */
static inline const RType *iface_dyntype(const RType *iface_t, const void *word0)
{
    if (!word0) return NULL;
    return iface_t->nmethods ? ((const Itab *)word0)->type : (const RType *)word0;
}

/* Converts a value (pointer to its memory image) of type t to an eface. */
GoEface rt_box(G *g, const RType *t, const void *val);

static inline GoString rt_cstring(G *g, const char *s)
{
    size_t n = 0;
    while (s[n]) n++;
    return rt_string(g, s, n);
}

#endif
