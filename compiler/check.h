/*
 * check.h — the Go type checker (after Go 1.19's types2).
 *
 * The checker takes the parsed files of a package, declares every
 * package-level name, resolves declarations lazily in dependency order
 * (so declarations may appear in any order; a cycle through a type or
 * constant is reported), checks function bodies, and annotates the AST:
 * every expression node gets its type, mode and constant value, every
 * identifier its Object. Error texts and positions are types2's, since go
 * prints those; the code generator later trusts an annotated tree.
 *
 * Imports of standard packages are satisfied by checking the package's API
 * declarations in stdlib/ (embedded Go source, bodiless functions).
 */
#ifndef GOLITE_CHECK_H
#define GOLITE_CHECK_H

#include "compiler/const.h"
#include "compiler/types.h"
#include "parser/ast.h"
#include "util/diag.h"
#include "util/intern.h"

/* Operand modes, as types2's operand.go. */
typedef enum Mode {
    M_INVALID,      /* an error was reported; stay quiet about it */
    M_NOVALUE,      /* call of a function without results */
    M_BUILTIN,      /* a built-in function name */
    M_TYPEXPR,      /* a type */
    M_CONST,        /* a constant: val is set */
    M_VAR,          /* an addressable variable */
    M_MAPINDEX,     /* m[k]: assignable but not addressable */
    M_VALUE,        /* any other value */
    M_NILVALUE,     /* the untyped nil */
    M_COMMAOK,      /* a value that can also yield ", ok" (map index, receive, assertion) */
} Mode;

typedef struct Operand {
    Mode mode;
    Node *expr;
    Type *type;
    ConstVal *val;
    Builtin id;
} Operand;

typedef struct FuncCtx {
    Type *sig;              /* signature of the function being checked */
    Node *body;
    Scope *scope;           /* its outermost scope (parameters) */
    struct FuncCtx *outer;
    int has_named_results;
} FuncCtx;

typedef struct Checker {
    Arena *arena;
    Interner *in;
    Diag *diag;             /* where errors of the current file go */
    ConstArena *ca;
    Scope *universe;
    Package *pkg;           /* package being checked */
    Scope *scope;           /* innermost scope */
    FuncCtx *fn;
    Object *decl_obj;       /* package-level object being resolved (for init dependencies) */
    PtrVec objpath;         /* package-level objects being resolved, outermost first (types2's objPath) */
    Pos errpos;             /* set: where errors go (an implicitly repeated constant's name) */
    ConstVal *iota;         /* non-NULL inside a const spec */
    PtrVec packages;        /* loaded packages */
    PtrVec delayed;         /* DelayedBody: function bodies waiting to be checked */
    PtrVec imports;         /* import objects of the current file, for "imported and not used" */
    PtrVec init_order;      /* package vars in initialization order */
    int in_stdlib;          /* checking embedded API declarations */
    int import_failed;      /* an import of the program was not found: go stops there */
    Scope *file_scope;      /* imports of the file being checked */
    const char *filename;
    PtrVec methods;         /* FUNCDECL nodes with receivers, associated on type resolution */
    PtrVec pkg_inits;       /* init functions of the package */
    PtrVec pkg_objs;        /* package-level objects in source order, blank ones included */
    PtrVec main_objs;       /* pkg_objs of the main package, kept for init order */
    PtrVec later_types;      /* map types whose key type, and embedded fields whose type, was
                               not yet resolved: checked once it is (check_later_types) */
    int repl_gen;           /* REPL session: the entry being checked (from 1); 0 otherwise */
    int allow_internal;     /* the REPL's own program may import internal/ packages */
    PtrVec repl_undo;       /* REPL: (scope, object, added) triples to take back after errors */
    int std_depth;          /* standard declarations and bodies being checked, nested */
    PtrVec std_work;        /* objects whose bodies wait for std_depth 0 (check.c) */
    int nerrors;
} Checker;

/* Entry points. */
void checker_init(Checker *c, Arena *arena, Interner *in, Diag *diag);
void checker_free(Checker *c);
/* Type-checks the main package made of one file. Returns the package, or
 * NULL when errors were reported (they are in diag). */
Package *check_main(Checker *c, Node *file);

/* The REPL (cli/repl.c): an entry's declarations checked into the session's
 * package pkg (made by check_main), where a name declared again replaces the
 * earlier one, a standard package named without an import is imported, and
 * unused variables and imports are no errors. Returns 1 if the entry checked;
 * after errors its names are taken back and the earlier ones restored.
 * vars gets the entry's package variables, each declaration's in
 * initialization order. */
int check_repl_entry(Checker *c, Package *pkg, Node *file, PtrVec *vars);
/* The REPL: checks expression e in the session's package scope as an
 * operand (errors go to c->diag). Returns its mode (M_INVALID after errors)
 * and its type in *t (the tuple of a multi-value call). */
int check_repl_operand(Checker *c, Package *pkg, Node *e, Type **t);

/* Universe (universe.c). */
Scope *universe_new(Checker *c);
Type  *universe_rune_type(void);
Type  *universe_byte_type(void);
void   types_init(void);
const char *builtin_name(Builtin id);
Package *universe_unsafe(Checker *c);

/* Package loading (stdpkg.c): finds a standard package and declares its
 * names. Its declarations were parsed when golite was built; a declaration
 * is rebuilt and checked when one of its names is first resolved
 * (check_obj_decl), a type's methods with the type, so a program pays for
 * the declarations it reaches. */
Package *stdpkg_import(Checker *c, const char *path, Pos pos);

/* A standard package's top-level declaration: its header (the names it
 * declares) is read at import, its tree rebuilt when first needed. */
typedef struct StdDecl {
    AstDecl ad;
    int order;              /* its place in the package, for initialization order */
    int file;               /* its file's index in the embedded tables */
    Node *node;             /* the declaration, once rebuilt */
    struct Object **objs;   /* the objects it declares (ad.nnames of them) */
} StdDecl;
/* Rebuilds d's tree (d->node), bodies left to stdpkg_parse_body. */
Node    *stdpkg_decode(Checker *c, StdDecl *d);
/* Declares pkg's names from pkg->std_decls (check.c); imports and init
 * functions are resolved at once. */
void     check_std_declare(Checker *c, Package *pkg);
/* Resolves every name of a standard package (golite stdlib, dot imports). */
void     check_std_resolve_all(Checker *c, Package *pkg);
/* pkg's variables resolved so far into pkg->init_order, in initialization
 * order (the code generator, once no more can be added). */
void     check_std_init_order(Checker *c, Package *pkg);
/* Standard packages' function bodies are checked when first needed: by the
 * code generator (a function it compiles) or by the initialization order (a
 * function a package variable's initializer uses). Checks fobj's body if it
 * is still pending; returns 1 if it did. */
int      check_lazy_body(Checker *c, Object *fobj);
/* Parses the body of a standard function declared NF_LAZYBODY into decl->w. */
void     stdpkg_parse_body(Checker *c, Node *decl);
int      stdpkg_exists(const char *path);
const char *stdpkg_path_at(int i);    /* the i-th embedded package's path, NULL past the end */
/* Set by `golite run --no-ffi` (or GOLITE_NO_FFI): import "ffi" is then a compile error. */
extern int stdpkg_no_ffi;

/* Errors (check.c). */
void check_error(Checker *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void check_soft_error(Checker *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
const char *operand_string(Checker *c, Operand *x);
const char *expr_str(Checker *c, Node *e);
const char *tstr(Checker *c, Type *t);
const char *xasprintf_arena(Checker *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int check_is_panic(void *ctx, const Node *call);

/* Declarations (check.c). */
void    check_obj_decl(Checker *c, Object *obj);
int     objpath_index(Checker *c, Object *obj);     /* where obj is being resolved, or -1 */
void    report_cycle(Checker *c, int from, int skip_alias);  /* types2's cycleError over objpath[from..] */
void    check_func_body(Checker *c, Type *sig, Node *body, Scope *scope, const char *name);
void    declare(Checker *c, Scope *s, Node *ident, Object *obj);
Object *lookup(Checker *c, const char *name, Scope **found);
void    record_use(Checker *c, Object *obj);

/* Type expressions (typexpr.c). */
Type *check_type(Checker *c, Node *e);
Type *check_type_def(Checker *c, Node *e, Type *def);
Type *check_signature(Checker *c, Node *ftype, Node *recv, Scope *scope);
int64_t check_array_len(Checker *c, Node *e);

/* Expressions (expr.c). */
void check_expr(Checker *c, Operand *x, Node *e);               /* single value */
void check_expr_or_type(Checker *c, Operand *x, Node *e);
void check_multi_expr(Checker *c, Operand *x, Node *e);         /* allows tuples */
void check_expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint);
void check_raw_expr(Checker *c, Operand *x, Node *e, Type *hint, int allow_generic);
void convert_untyped(Checker *c, Operand *x, Type *target);
void assignment(Checker *c, Operand *x, Type *t, const char *context);
void check_conversion(Checker *c, Operand *x, Type *t);
int  representable(Checker *c, Operand *x, Type *t, int report);
void use_exprs(Checker *c, NodeList *l);
void check_call(Checker *c, Operand *x, Node *call);
void types_summary(Checker *c, Buf *b, Type **types, int n, int variadic);
void check_builtin(Checker *c, Operand *x, Node *call, Builtin id);
void check_selector(Checker *c, Operand *x, Node *e);
void check_comparison(Checker *c, Operand *x, Operand *y, int op, Node *e);
void check_binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, int op);
void check_later_types(Checker *c);
void record(Checker *c, Operand *x);
void single_value(Checker *c, Operand *x);
void check_exprs_list(Checker *c, NodeList *l, Operand **out, int *n, int allow_commaok);

/* Statements (stmt.c). */
void check_stmt_list(Checker *c, NodeList *l, int ctx);
void check_assign_vars(Checker *c, NodeList *lhs, NodeList *rhs, Node *stmt);
void check_short_var_decl(Checker *c, Node *stmt, NodeList *lhs, NodeList *rhs);
void check_init_vars(Checker *c, Object **lhs, int nlhs, NodeList *rhs, Node *returnstmt);
void check_usage(Checker *c, Scope *s);

#endif
