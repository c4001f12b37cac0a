/*
 * ast.h — the syntax tree the bison parser builds and the checker annotates.
 *
 * One generic Node shape serves every kind (see ast.def for what x/y/z/w and
 * the lists mean per kind), as in Go's old gc compiler: it keeps the grammar
 * actions one-liners and lets the checker and code generator walk any node
 * the same way. All nodes live in the compilation's Arena. Identifier and
 * literal text is interned (intern.h), so names compare by pointer.
 *
 * The checker fills the annotation fields (type, obj, val, mode); the parser
 * leaves them zero.
 */
#ifndef GOLITE_AST_H
#define GOLITE_AST_H

#include <stdint.h>
#include <stdio.h>

#include "lexer/lexer.h"
#include "util/buf.h"
#include "util/mem.h"

typedef enum NodeKind {
#define NODE(name, str) N_##name,
#include "parser/ast.def"
#undef NODE
    N__COUNT
} NodeKind;

extern const char *const node_kind_name[N__COUNT];

typedef struct Node Node;

typedef struct NodeList {
    Node **v;
    int n, cap;
} NodeList;

enum {
    NF_SLICE3   = 1 << 0,   /* a[lo:hi:max] */
    NF_DOTS     = 1 << 1,   /* f(s...) */
    NF_EMBEDDED = 1 << 2,   /* embedded struct field */
    NF_VARIADIC = 1 << 3,   /* func type whose last parameter is ...T */
    NF_DEFAULT  = 1 << 4,   /* default clause */
    NF_ALIAS    = 1 << 5,   /* type A = B */
    NF_BODYLESS = 1 << 6,   /* func declared without a body */
    NF_USED     = 1 << 7,   /* checker: label or import used */
    NF_IMPLICIT = 1 << 8,
    NF_SHIFT_LHS = 1 << 9,  /* checker: untyped lhs of a non-constant shift */
    NF_BADLIT   = 1 << 10,  /* literal with a lexical error: never evaluated */
    NF_NOESC    = 1 << 12,  /* escape analysis: an allocation that stays in its frame */
    NF_NOESC_CONV = 1 << 13, /* escape analysis: the implicit interface conversion of this operand does not escape */
    NF_DEVIRT   = 1 << 14,  /* escape analysis: an interface method call whose receiver's dynamic type is known */
    NF_LAZYBODY = 1 << 15,  /* standard func whose body is parsed when needed (scope: its StdBody) */
    NF_REPLSTEP = 1 << 16,  /* the REPL: a function made of an entry's statement, run in its place */
    NF_REPLDEFINE = 1 << 17, /* the REPL: a var spec made of a := statement (its values see the names it replaces) */
    NF_DEFER_ONCE = 1 << 11, /* codegen: a defer statement that runs at most once per call */   /* const spec repeating the previous spec's expressions */
};

enum { CHAN_BOTH = 3, CHAN_SEND = 1, CHAN_RECV = 2 };

struct Type;
struct Object;
struct ConstVal;

struct Node {
    NodeKind kind;
    int op;
    int flags;
    Pos pos, pos2, pos3;
    Node *x, *y, *z, *w;
    NodeList list, list2;
    const char *name;           /* interned: identifier or literal text */
    int len;                    /* length of name (literals may hold NULs? no: verbatim source text) */
    int64_t iota;               /* const specs: the value of iota */
    /* filled by the checker */
    struct Type *type;
    struct Object *obj;
    struct ConstVal *val;
    int mode;
    void *scope;                /* checker: on a function body BLOCK, the function's scope */
};

Node *node_new(Arena *a, NodeKind kind, Pos pos);

/* A file as bytes, declaration by declaration, and back (parser/astser.c):
 * the standard packages' declarations are parsed when golite is built and
 * embedded this way; each is rebuilt only when one of its names is needed. */
struct Interner;
typedef enum { ADK_IMPORT, ADK_CONST, ADK_VAR, ADK_TYPE, ADK_FUNC, ADK_METHOD } AstDeclKind;

typedef struct AstFile {
    Arena *arena;
    struct Interner *in;
    size_t nstr;
    const uint8_t **sp;         /* string k's bytes and length */
    uint32_t *sl;
    const char **interned;      /* string k interned, once used */
    const char *pkgname;
    size_t ndecls;
    const uint8_t *next, *end;  /* the next declaration's header */
} AstFile;

/* A top-level declaration not yet rebuilt. */
typedef struct AstDecl {
    AstFile *file;
    AstDeclKind kind;
    int nnames;                 /* the names it declares (none for imports), */
    const char **names;         /* interned, in source order */
    Pos *pos;
    const char *recv;           /* methods: the receiver's base type name */
    const uint8_t *data;        /* its tree */
    size_t len;
} AstDecl;

void  ast_serialize_file(Buf *b, Node *file);
/* Reads a file's string table and package name (0 if malformed); then
 * ast_file_next gives each declaration's header in order (0 at the end). */
int   ast_file_open(AstFile *f, const void *data, size_t len, Arena *a, struct Interner *in);
int   ast_file_next(AstFile *f, AstDecl *d);
Node *ast_decode_decl(const AstDecl *d);
void  list_add(Arena *a, NodeList *l, Node *n);
void  ast_dump(FILE *f, const Node *n);

/* The position where an expression starts (go's syntax.StartPos). */
Pos   ast_start(const Node *n);
/* Go's short source form of an expression or simple statement, as types2
 * prints operands in error messages: "x + 1", "[]int{…}", "func() {…}". */
void  ast_expr_string(Buf *b, const Node *n);
void  ast_stmt_string(Buf *b, const Node *n);

#endif
