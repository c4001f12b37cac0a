/*
 * types.h — Go types, objects and scopes as the checker sees them.
 *
 * A Type is either basic (one shared instance per kind, made by the
 * universe), a composite built from other types (array, slice, struct,
 * pointer, func, interface, map, chan, tuple), or Named: a defined type with
 * an underlying type and methods. Unnamed composites are compared
 * structurally (types_identical); named types by identity, as the spec says.
 * Sizes and alignments follow Go on amd64 and are computed on demand
 * (type_size/type_align), so unsafe.Sizeof agrees with go.
 *
 * Objects are what names denote: constants, types, variables, functions,
 * packages, builtins, labels and nil. A Scope maps names to Objects and
 * chains to its parent; lookups walk outward.
 *
 * Everything is allocated in the compilation's Arena.
 */
#ifndef GOLITE_TYPES_H
#define GOLITE_TYPES_H

#include <stdint.h>

#include "compiler/const.h"
#include "parser/ast.h"
#include "util/buf.h"

typedef struct Type Type;
typedef struct Object Object;
typedef struct Scope Scope;
typedef struct Package Package;

typedef enum TypeKind {
    TY_INVALID,
    /* basic kinds, in go/types order */
    TY_BOOL, TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
    TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
    TY_FLOAT32, TY_FLOAT64, TY_COMPLEX64, TY_COMPLEX128, TY_STRING, TY_UNSAFEPTR,
    TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
    TY_UNTYPED_COMPLEX, TY_UNTYPED_STRING, TY_UNTYPED_NIL,
    /* composite kinds */
    TY_ARRAY, TY_SLICE, TY_STRUCT, TY_POINTER, TY_FUNC, TY_INTERFACE,
    TY_MAP, TY_CHAN, TY_NAMED, TY_TUPLE,
    TY__COUNT
} TypeKind;

typedef struct Field {
    const char *name;       /* interned; for embedded fields the type's name */
    Type *type;
    int embedded;
    const char *tag;        /* tag string value or NULL */
    int64_t offset;         /* byte offset in the struct (after layout) */
    Pos pos;
    Package *pkg;           /* for unexported names */
} Field;

typedef struct Method {
    const char *name;
    Type *sig;              /* TY_FUNC without the receiver */
    Object *func;           /* concrete methods: the declaring func object */
    int ptr_recv;           /* declared on *T */
    Pos pos;
} Method;

struct Type {
    TypeKind kind;
    Type *elem;             /* array, slice, pointer, map value, chan */
    Type *key;              /* map */
    int64_t len;            /* array length; -1 while unknown */
    int dir;                /* chan: CHAN_BOTH / CHAN_SEND / CHAN_RECV */
    Field *fields;          /* struct fields; tuple and func params use it too */
    int nfields;
    Type *params, *results; /* func: TY_TUPLE each */
    int variadic;           /* func: last param is ...T (its type is []T) */
    Method *methods;        /* interface: full sorted method set; named: declared methods */
    int nmethods, capmethods;
    Type **embeds;          /* interface: embedded types while completing */
    int nembeds;
    int complete;           /* interface method set computed */
    Object *obj;            /* named: the type name */
    Type *underlying;       /* named: the underlying type (NULL while resolving) */
    int64_t size, align;    /* -1 until computed */
    const char *basic_name; /* basic: "int", "untyped int", ... */
};

typedef enum ObjKind {
    OBJ_BAD, OBJ_CONST, OBJ_TYPE, OBJ_VAR, OBJ_FUNC, OBJ_PKG, OBJ_BUILTIN, OBJ_NIL, OBJ_LABEL,
} ObjKind;

typedef enum ObjState { OS_UNRESOLVED, OS_RESOLVING, OS_RESOLVED } ObjState;

typedef enum Builtin {
    BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG, BI_LEN,
    BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL, BI_RECOVER,
    BI_ALIGNOF, BI_OFFSETOF, BI_SIZEOF, BI_ADD, BI_SLICE,
    BI__COUNT
} Builtin;

struct Object {
    ObjKind kind;
    const char *name;
    Pos pos;
    Type *type;
    ConstVal *val;          /* constants */
    Node *decl;             /* declaring node (spec, funcdecl, ident) */
    Node *init;             /* package vars: the initializer expression (or call for n:1) */
    int index;              /* position within a multi-name spec */
    Package *pkg;           /* owning package (NULL for universe) */
    Package *imported;      /* OBJ_PKG: the package the name refers to */
    Scope *scope;           /* scope the object is declared in */
    ObjState state;
    Builtin builtin;
    int used;
    int is_global;          /* package-level var */
    int is_param;
    int is_field;
    int64_t iota;           /* const: the spec's iota */
    PtrVec deps;            /* package consts/vars/funcs: the package-level ones used, for init order */
    int init_order;
    int cycle_mark;         /* report_init_cycles' visit stamp */
    int bad_cycle;          /* types: an invalid recursive type reported; its underlying becomes invalid */
    void *lazy_body;        /* standard funcs: the body not checked yet (check_lazy_body) */
    struct StdDecl *std_decl; /* standard package-level objects: their declaration (check.h) */
    int repl_gen;           /* REPL session: the entry that declared it */
    /* code generator */
    void *cg_owner;         /* local vars: the function node that declares it */
    int cg_reg;             /* local vars: register (the box pointer when boxed) */
    int cg_boxed;           /* local vars: lives in a heap cell */
    int64_t cg_goff;        /* package vars: offset in the globals block + 1; 0 unset */
    int cg_inited;          /* package vars and init funcs: in an entry generated already (the REPL's next entries skip it) */
    struct Func *cg_func;   /* funcs: the compiled function */
    void *cg_pending;       /* funcs: the FuncJob waiting in CG.pending, if any */
    /* escape analysis (escape.c) */
    void *esc_loc;          /* local vars: the location while their batch is analysed */
    int esc_heap;           /* local vars: their address outlives the frame ("moved to heap") */
};

struct Scope {
    Scope *parent;
    Object **slots;         /* open hash keyed by the interned name pointer */
    int count, cap;
    PtrVec order;           /* objects in declaration order */
    int is_func;            /* the outermost scope of a function body */
    PtrVec children;        /* nested scopes, for the unused-variable pass */
};

struct Package {
    const char *path;       /* import path: "fmt", "unicode/utf8", "main" */
    const char *name;       /* package name */
    Scope *scope;
    int is_std;
    int checked;
    PtrVec init_order;      /* standard packages: variables in initialization order */
    PtrVec imports;         /* packages this one imports (arena-allocated vector) */
    Scope *file_scope;      /* standard packages: their (merged) file scope, for lazy bodies */
    const char *filename;   /* standard packages: the first file's name */
    PtrVec std_decls;       /* standard packages: their StdDecls in source order */
    PtrVec std_methods;     /* standard packages: StdDecls of methods not yet rebuilt */
    PtrVec vars;            /* standard packages: the variables resolved so far */
    int vars_dirty;         /* one was added since init_order was computed */
};

/* Scopes. */
Scope  *scope_new(Arena *a, Scope *parent);
Object *scope_lookup_local(Scope *s, const char *name);
Object *scope_lookup(Scope *s, const char *name, Scope **found);
/* Inserts obj; returns the existing object if the name is taken (obj not inserted). */
Object *scope_insert(Arena *a, Scope *s, Object *obj);
/* Takes obj out of s (the REPL replaces declarations). */
void    scope_remove(Scope *s, Object *obj);

Object *object_new(Arena *a, ObjKind kind, const char *name, Pos pos, Type *t);

/* Types. */
extern Type *const basic_types[];    /* indexed by TY_BOOL .. TY_UNTYPED_NIL */
Type *type_new(Arena *a, TypeKind kind);
Type *type_basic(TypeKind k);
Type *type_underlying(Type *t);
/* A named type whose chain of definitions ends in a type still being defined. */
int   type_underlying_pending(Type *t);
int   types_identical(Type *x, Type *y);
int   type_is_untyped(Type *t);
int   type_is_integer(Type *t);       /* on the underlying type */
int   type_is_unsigned(Type *t);
int   type_is_float(Type *t);
int   type_is_complex(Type *t);
int   type_is_numeric(Type *t);
int   type_is_string(Type *t);
int   type_is_boolean(Type *t);
int   type_is_interface(Type *t);
int   type_is_named(Type *t);
/* Whether a value of t holds pointers (strings, slices, interfaces, maps,
 * channels, funcs, pointers, or aggregates of them; untyped strings and
 * nil too). NULL: no. */
int   type_has_pointers(Type *t);
int   type_comparable(Type *t);
int   type_has_nil(Type *t);          /* pointer, func, slice, map, chan, interface, unsafe.Pointer */
Type *type_default(Type *t);          /* untyped constant types -> default typed type */
int64_t type_size(Type *t);
int64_t type_align(Type *t);
/* Go's type string: "int", "[]string", "map[string]int", "main.T", "struct{x int}". */
void  type_string(Buf *b, Type *t, Package *relative);
/* reflect's Type.String(), or (local != NULL) cmd/compile's -m form
 * (rtypes.c) */
void  type_go_string(Buf *b, Type *t, Package *local);
const char *type_str(Arena *a, Type *t, Package *relative);

Type *type_slice(Arena *a, Type *elem);
Type *type_pointer(Arena *a, Type *elem);
Type *type_array(Arena *a, Type *elem, int64_t len);
Type *type_map(Arena *a, Type *key, Type *elem);
Type *type_chan(Arena *a, Type *elem, int dir);
Type *type_tuple(Arena *a, int n);
/* Adds a method to a named type or an interface under construction. */
Method *type_add_method(Arena *a, Type *t, const char *name);

/* Interfaces: completes the method set (embedded interfaces flattened,
 * sorted by name); reports duplicates through the callback's caller. */
void  iface_complete(Arena *a, Type *t);

/* Method and field lookup through embedding, as the spec's selector rules.
 * Returns: 1 field, 2 method, 0 not found, -1 ambiguous. *index_path and
 * *depth describe the route; *indirect says whether a pointer was followed
 * on the way (for method-set checks). */
typedef struct Selection {
    int kind;               /* 1 field, 2 method */
    Field *field;
    Method *method;
    Type *recv_named;       /* method: the named type that declares it */
    int depth;
    int indirect;
    int path[16];           /* field indices through embedded fields */
    int npath;
} Selection;
int   lookup_field_or_method(Type *t, int addressable_ptr, const char *name, Package *pkg,
                             Selection *sel);

/* Does type t implement interface iface? On failure *missing names the
 * first missing method; wrong_type and ptr_recv tell why. */
int   type_implements(Type *t, Type *iface, Method **missing, int *wrong_type, int *ptr_recv);
int   type_assignable(Type *v, Type *t);  /* value of type v assignable to t (no constants) */

/* The universe's rune and byte (int32 and uint8 under their alias names). */
Type *universe_rune_type(void);
Type *universe_byte_type(void);

#endif
