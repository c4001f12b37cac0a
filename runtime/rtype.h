/*
 * rtype.h — run-time type descriptors and Go's value layout.
 *
 * The code generator emits one RType per type a running program can see
 * (compiler/codegen.c, rtype_of). Descriptors are immutable once emitted and
 * shared by every goroutine. The GC reads ptrmask, maps read hash/equal,
 * interfaces read the method tables, fmt reads kind, fields, elem and str.
 * No value carries a type tag of its own: only an interface's first word
 * points at a descriptor (empty interface) or an itab (non-empty interface).
 *
 * Values are in Go's amd64 layout (GoString, GoSlice, GoEface below; structs
 * and arrays inline with Go's alignment). In VM registers a scalar integer is
 * kept sign- or zero-extended to 64 bits, a bool as 0/1, a float32 as its
 * 4-byte image in the low half; wider values occupy consecutive registers
 * holding their memory image.
 *
 * Interface data word: for "direct" kinds (pointer, map, chan, func,
 * unsafe.Pointer: RT_DIRECT set) the value itself; otherwise a pointer to an
 * immutable heap copy of the value.
 */
#ifndef GOLITE_RTYPE_H
#define GOLITE_RTYPE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* reflect.Kind order. */
typedef enum RKind {
    RK_INVALID, RK_BOOL, RK_INT, RK_INT8, RK_INT16, RK_INT32, RK_INT64,
    RK_UINT, RK_UINT8, RK_UINT16, RK_UINT32, RK_UINT64, RK_UINTPTR,
    RK_FLOAT32, RK_FLOAT64, RK_COMPLEX64, RK_COMPLEX128,
    RK_ARRAY, RK_CHAN, RK_FUNC, RK_INTERFACE, RK_MAP, RK_POINTER, RK_SLICE,
    RK_STRING, RK_STRUCT, RK_UNSAFEPTR,
} RKind;

enum {
    RT_DIRECT   = 1 << 0,   /* stored directly in an interface's data word */
    RT_NAMED    = 1 << 1,   /* a defined type: str is "pkg.Name" */
    RT_COMPARABLE = 1 << 2, /* == is defined */
    RT_HASPTR   = 1 << 3,   /* some word holds a pointer */
    RT_VARIADIC = 1 << 4,   /* func: last parameter is ...T */
};

typedef struct RType RType;
typedef struct Closure Closure;
typedef struct G G;

/* A type's hash and equality (runtime/map.c, runtime/iface.c choose them
 * by kind and size: memhash64 for words, strhash for strings, the float
 * rules for floats, by dynamic type for interfaces, field by field for
 * structs). NULL for types that are not comparable. */
typedef uint64_t (*RHashFn)(G *g, const RType *t, const void *p, uint64_t seed);
typedef int (*REqualFn)(G *g, const RType *t, const void *a, const void *b);

typedef struct RField {
    const char *name;       /* field name; for embedded fields the type's name */
    const RType *type;
    int64_t offset;
    uint8_t embedded;
    uint8_t exported;
} RField;

typedef struct RMethod {
    const char *name;       /* sorted by name within a table */
    const RType *type;      /* func type without the receiver */
    /* Called with the receiver as one word (an interface's data word) then the
     * arguments: for value methods of non-direct types a wrapper that loads
     * the value through the word. NULL in interface descriptors. */
    Closure *ifn;
} RMethod;

struct RType {
    uint8_t kind;           /* RKind */
    uint8_t align;
    uint16_t flags;         /* RT_* */
    uint32_t hash;          /* of the type string, for type switches and maps */
    int64_t size;
    const char *str;        /* Go's type string as %T prints it: "int", "main.T", "[]*main.T" */
    const char *name;       /* named: "T" (no package); else NULL */
    const char *pkgpath;    /* named: "main", "strings"; else NULL */
    const RType *elem;      /* array, slice, pointer, chan, map value */
    const RType *key;       /* map key */
    int64_t len;            /* array length; chan: direction (1 send, 2 recv, 3 both) */
    const RField *fields;   /* struct */
    int nfields;
    const RType **in;       /* func parameters */
    const RType **out;      /* func results */
    int nin, nout;
    /* Methods: for a concrete type, its method set (value receivers for T,
     * value and pointer receivers for *T), sorted by name; for an interface
     * type, its method set (ifn NULL). */
    const RMethod *methods;
    int nmethods;
    const RType *ptrto;     /* *T when emitted, else NULL */
    const uint8_t *ptrmask; /* one bit per 8-byte word: 1 = holds a pointer (LSB first) */
    RHashFn hashfn;         /* comparable types: the map hash */
    REqualFn equalfn;       /* comparable types: == */
};

/* The hash and equality functions for a descriptor being built. */
RHashFn  rtype_hashfn(const RType *t);
REqualFn rtype_equalfn(const RType *t);

/* Go's value shapes. */
typedef struct GoString { const uint8_t *ptr; int64_t len; } GoString;
typedef struct GoSlice { void *ptr; int64_t len, cap; } GoSlice;
typedef struct GoEface { const RType *type; void *data; } GoEface;

/* Non-empty interfaces point at an itab: the dynamic type and the method
 * closures in the order of the interface's sorted method set. */
typedef struct Itab {
    const RType *inter;
    const RType *type;
    uint32_t hash;          /* copy of type->hash (type switches) */
    Closure *fun[];
} Itab;
typedef struct GoIface { const Itab *tab; void *data; } GoIface;

/* A value from memory into registers: scalars extended as registers hold
 * them (rtype.h), everything else as its memory image. */
static inline void rtype_load_regs(const RType *t, const void *p, uint64_t *r)
{
    switch ((RKind)t->kind) {
    case RK_INT8: r[0] = (uint64_t)(int64_t)*(const int8_t *)p; return;
    case RK_INT16: r[0] = (uint64_t)(int64_t)*(const int16_t *)p; return;
    case RK_INT32: r[0] = (uint64_t)(int64_t)*(const int32_t *)p; return;
    case RK_BOOL: case RK_UINT8: r[0] = *(const uint8_t *)p; return;
    case RK_UINT16: r[0] = *(const uint16_t *)p; return;
    case RK_UINT32: case RK_FLOAT32: r[0] = *(const uint32_t *)p; return;
    default:
        if (t->size == 8) {
            memcpy(r, p, 8);
            return;
        }
        if (t->size < 8)
            r[0] = 0;
        memcpy(r, p, (size_t)t->size);
    }
}

/* Method of a concrete type by name (binary search), or NULL. */
const RMethod *rtype_method(const RType *t, const char *name);
/* Type identity at run time: the code generator emits one descriptor per
 * identical type, so identity is pointer equality. */
static inline int rtype_identical(const RType *a, const RType *b) { return a == b; }
/* Pointer to the value an interface holds (for direct kinds, to the word). */
static inline const void *eface_value_ptr(const GoEface *e)
{
    return (e->type->flags & RT_DIRECT) ? (const void *)&e->data : e->data;
}

#endif
