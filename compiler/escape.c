/*
 * escape.c — escape analysis, after Go 1.19's cmd/compile/internal/escape
 * (escape.go, expr.go, stmt.go, call.go, assign.go, graph.go, solve.go).
 *
 * The model is Go's. Every variable and every allocation site of a batch
 * of functions is a location; an assignment is an edge "dst <- src" with a
 * dereference count: -1 for &src, 0 for a copy, +1 for *src (and more for
 * longer paths). A hole is the destination an expression's value flows
 * into. After a batch is walked, a Bellman-Ford walk from every location
 * (and from the heap) finds the locations whose address reaches something
 * that outlives them: the heap, a result parameter, a variable declared
 * outside the loop (or the closure) where they live. Those escape; the
 * walk repeats from them until nothing changes. Parameters record where
 * their value goes (heap or results, with the dereference count) as the
 * function's leak summary, which callers in later batches use instead of
 * the callee's body.
 *
 * Differences from go, deliberate: golite does not inline, so results
 * match `go build -gcflags='-m -l'`; there is no devirtualization, so a
 * method called through an interface always leaks its receiver; natives
 * (standard functions written in C) leak every pointer parameter to the
 * heap unless the table below says otherwise.
 */
#include <stdlib.h>
#include <string.h>

#include "compiler/escape.h"
#include "compiler/codegen.h"
#include "compiler/const.h"
#include "util/buf.h"
#include "util/mem.h"

#define MAX_STACK_VAR   (10 << 20)  /* ir.MaxStackVarSize */
#define MAX_IMPLICIT    (64 << 10)  /* ir.MaxImplicitStackVarSize */
#define NRESULTS        7           /* numEscResults */

typedef struct ELoc ELoc;
typedef struct EFn EFn;

typedef struct EEdge {
    ELoc *src;
    int derefs;
} EEdge;

/* SITE_WDOTS: the ... slice of a call inside a go/defer wrapper: go makes it
 * when the wrapper runs, golite when the statement runs, so golite never
 * keeps it in the frame (a defer in a goto loop would reuse the slot). */
enum { SITE_NONE, SITE_EXPR, SITE_DOTS, SITE_WDOTS, SITE_FUNCLIT, SITE_PTRLIT, SITE_CONV, SITE_WRAPPER };

struct ELoc {
    Object *var;            /* a variable, or NULL */
    const char *rname;      /* unnamed results: "~r0" */
    Node *n;                /* an allocation site */
    int site;               /* SITE_*: how it is printed */
    Pos pos;
    EFn *fn;                /* the function it belongs to */
    EEdge *edges;
    int nedges, capedges;
    int loopdepth;
    int resultidx;          /* results: 1 + index */
    int derefs;
    uint32_t walkgen;
    uint8_t queued, escapes, transient, captured, reassigned, addrtaken, isparam;
    uint8_t leaks[1 + NRESULTS];    /* derefs + 1; 0: no leak */
    Node *defn;             /* the assignment or spec that declares it */
};

struct EFn {
    Node *node;             /* FUNCDECL or FUNCLIT */
    Node *ftype, *recv, *body;
    Object *obj;
    EFn *outer;             /* closures: the enclosing function */
    int report;
    int state;              /* 0 new, 1 visiting, 2 analysed */
    uint32_t id;            /* Tarjan numbering */
    int batch;              /* nonzero while its batch is analysed */
    int closure_called;
    int nparams;            /* receiver included */
    ELoc **params;          /* NULL: unnamed or blank */
    Type **ptypes;
    uint8_t (*tags)[1 + NRESULTS];
    ELoc **results;
    int nresults;
    PtrVec captures;        /* closures: outer variables' locations */
    int pkginit;            /* the package's variable initializers */
};

typedef struct EHole {
    ELoc *dst;
    int derefs;
    int addrtaken;
} EHole;

typedef struct EClo {     /* a function literal and the hole it flows to */
    EHole k;
    EFn *fn;
} EClo;

static struct {
    Checker *c;
    Arena *arena;
    FILE *report;
    const char *filename;
    Package *mainpkg;
    ELoc heap, blank;
    Type *any_iface;        /* T_any_iface's */
    PtrVec alllocs;
    PtrVec closures;        /* EClo* */
    int batchno;
    /* Node* -> EFn* */
    Node **fkeys;
    EFn **fvals;
    int fcount, fcap;
    /* Tarjan */
    uint32_t visitgen;
    PtrVec stack;
    PtrVec allfns;          /* to free their capture lists */
} E;

typedef struct EW {
    EFn *fn;
    int loopdepth;
    PtrVec labels;          /* names of looping labels */
} EW;

/* ------------------------------------------------------------------ */
/* small helpers */

/* interface{}, made in this analysis's arena (a later compilation has its own) */
static Type *T_any_iface(void)
{
    if (!E.any_iface) {
        E.any_iface = type_new(E.arena, TY_INTERFACE);
        E.any_iface->complete = 1;
    }
    return E.any_iface;
}

static Node *unparen(Node *n)
{
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

static Type *U(Type *t) { return t ? type_underlying(t) : NULL; }

static Type *etype(Node *n)
{
    Type *t = n ? n->type : NULL;
    if (t && type_is_untyped(t))
        t = type_default(t);
    return t;
}

/* types.IsDirectIface: stored in an interface's data word itself. */
static int direct_iface(Type *t)
{
    Type *u = U(t);
    if (!u)
        return 0;
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
        return 1;
    case TY_ARRAY:
        return u->len == 1 && direct_iface(u->elem);
    case TY_STRUCT:
        return u->nfields == 1 && direct_iface(u->fields[0].type);
    default:
        return 0;
    }
}

static int is_iface(Type *t) { return t && U(t)->kind == TY_INTERFACE; }

static int is_local(Object *o)
{
    return o && o->kind == OBJ_VAR && !o->is_global && !o->is_field;
}

static ELoc *loc_of(Object *o)
{
    return is_local(o) ? o->esc_loc : NULL;
}

static int is_pkg_selector(Node *e)
{
    return e->kind == N_SELECTOR && unparen(e->x)->kind == N_IDENT && unparen(e->x)->obj &&
           unparen(e->x)->obj->kind == OBJ_PKG;
}

/* Go's position for a node: calls and composite literals at their brace
 * or parenthesis, the rest where the parser put them. */
static Pos gpos(Node *n)
{
    n = unparen(n);
    if (n->kind == N_CALL || n->kind == N_COMPOSITE)
        return n->pos2;
    return n->pos;
}

/* ------------------------------------------------------------------ */
/* printing, as cmd/compile's ir and types formatters do */

/* cmd/compile's form of a type: main's types unqualified */
static void type_fmt(Buf *b, Type *t)
{
    if (!t) {
        buf_puts(b, "<T>");
        return;
    }
    type_go_string(b, type_is_untyped(t) ? type_default(t) : t, E.mainpkg);
}

/* ir.OpPrec */
static int binprec(int op)
{
    switch (op) {
    case TK_MUL: case TK_QUO: case TK_REM: case TK_SHL: case TK_SHR: case TK_AND: case TK_AND_NOT:
        return 7;
    case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR:
        return 6;
    case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ:
        return 5;
    case TK_LAND:
        return 3;
    case TK_LOR:
        return 2;
    default:
        return 8;
    }
}

static int expr_prec(Node *n)
{
    n = unparen(n);
    switch (n->kind) {
    case N_BINARY: return binprec(n->op);
    case N_UNARY: case N_STAR: return 7;     /* OpPrec of unary operators */
    default: return 8;
    }
}

static void expr_fmt(Buf *b, Node *n, int prec);

static void list_fmt(Buf *b, NodeList *l)
{
    for (int i = 0; i < l->n; i++) {
        if (i)
            buf_puts(b, ", ");
        expr_fmt(b, l->v[i], 0);
    }
}

static int is_builtin_call(Node *call, Builtin *bi)
{
    Node *f = unparen(call->x);
    Object *o = NULL;
    if (f->kind == N_IDENT)
        o = f->obj;
    else if (is_pkg_selector(f))
        o = f->y->obj;
    if (o && o->kind == OBJ_BUILTIN) {
        *bi = o->builtin;
        return 1;
    }
    return 0;
}

static void expr_fmt(Buf *b, Node *n, int prec)
{
    n = unparen(n);
    if (!n) {
        buf_puts(b, "<nil>");
        return;
    }
    if (prec > expr_prec(n)) {
        buf_putc(b, '(');
        expr_fmt(b, n, 0);
        buf_putc(b, ')');
        return;
    }
    switch (n->kind) {
    case N_IDENT:
        buf_puts(b, n->name);
        return;
    case N_BASICLIT:
        if (n->op == TK_STRING && n->val) {
            const_string_go(b, n->val);
            return;
        }
        buf_add(b, n->name, (size_t)n->len);
        return;
    case N_FUNCLIT:
        buf_puts(b, "func literal");
        return;
    case N_COMPOSITE: {
        Type *t = n->type;
        if (t && U(t)->kind == TY_POINTER && !n->x) {  /* elided &T */
            buf_putc(b, '&');
            t = U(t)->elem;
        }
        type_fmt(b, t);
        buf_puts(b, n->list.n ? "{...}" : "{}");
        return;
    }
    case N_SELECTOR:
        expr_fmt(b, n->x, 8);
        buf_printf(b, ".%s", n->y->name);
        return;
    case N_INDEX:
        expr_fmt(b, n->x, 8);
        buf_putc(b, '[');
        expr_fmt(b, n->y, 0);
        buf_putc(b, ']');
        return;
    case N_SLICE:
        expr_fmt(b, n->x, 8);
        buf_putc(b, '[');
        if (n->y)
            expr_fmt(b, n->y, 0);
        buf_putc(b, ':');
        if (n->z)
            expr_fmt(b, n->z, 0);
        if (n->flags & NF_SLICE3) {
            buf_putc(b, ':');
            if (n->w)
                expr_fmt(b, n->w, 0);
        }
        buf_putc(b, ']');
        return;
    case N_TYPEASSERT:
        expr_fmt(b, n->x, 8);
        buf_puts(b, ".(");
        type_fmt(b, n->type);
        buf_putc(b, ')');
        return;
    case N_STAR:
        buf_putc(b, '*');
        expr_fmt(b, n->x, 8);
        return;
    case N_UNARY:
        buf_puts(b, token_text[n->op]);
        expr_fmt(b, n->x, 8);
        return;
    case N_BINARY: {
        int p = binprec(n->op);
        expr_fmt(b, n->x, p);
        buf_printf(b, " %s ", token_text[n->op]);
        expr_fmt(b, n->y, p + 1);
        return;
    }
    case N_CALL: {
        Node *f = unparen(n->x);
        Builtin bi;
        if (f->mode == M_TYPEXPR) {
            Type *t = f->type;
            if (f->kind == N_IDENT || is_pkg_selector(f)) {
                expr_fmt(b, f, 8);
            } else if (t && t->kind != TY_NAMED && !t->basic_name) {
                buf_putc(b, '(');
                type_fmt(b, t);
                buf_putc(b, ')');
            } else {
                type_fmt(b, t);
            }
            buf_putc(b, '(');
            list_fmt(b, &n->list);
            buf_putc(b, ')');
            return;
        }
        if (is_builtin_call(n, &bi) && (bi == BI_MAKE || bi == BI_NEW)) {
            buf_puts(b, bi == BI_MAKE ? "make(" : "new(");
            for (int i = 0; i < n->list.n; i++) {
                if (i)
                    buf_puts(b, ", ");
                if (i == 0)
                    type_fmt(b, n->list.v[0]->type);
                else
                    expr_fmt(b, n->list.v[i], 0);
            }
            buf_putc(b, ')');
            return;
        }
        expr_fmt(b, n->x, 8);
        buf_putc(b, '(');
        list_fmt(b, &n->list);
        if (n->flags & NF_DOTS)
            buf_puts(b, "...");
        buf_putc(b, ')');
        return;
    }
    default: {
        Buf s = {0};
        ast_expr_string(&s, n);
        buf_puts(b, s.s ? s.s : "?");
        buf_free(&s);
        return;
    }
    }
}

/* ------------------------------------------------------------------ */
/* locations, holes and flows (graph.go) */

static ELoc *new_loc(EW *e, Object *var, Node *n, int site, Pos pos, int transient)
{
    ELoc *l = arena_alloc(E.arena, sizeof *l);
    l->var = var;
    l->n = n;
    l->site = site;
    l->pos = pos;
    l->fn = e->fn;
    l->loopdepth = e->loopdepth;
    l->transient = (uint8_t)transient;
    vec_push(&E.alllocs, l);
    if (var)
        var->esc_loc = l;
    return l;
}

static EHole hole(ELoc *l) { return (EHole){l, 0, 0}; }
static EHole heap_hole(void) { return hole(&E.heap); }
static EHole discard_hole(void) { return hole(&E.blank); }

static EHole shift(EHole k, int delta)
{
    k.derefs += delta;
    if (k.derefs < -1)
        k.derefs = -1;      /* cannot happen for well-formed flows; stay sound */
    k.addrtaken = delta < 0;
    return k;
}

static void add_edge(ELoc *dst, ELoc *src, int derefs)
{
    if (dst->nedges == dst->capedges) {
        dst->capedges = dst->capedges ? dst->capedges * 2 : 4;
        dst->edges = xrealloc(dst->edges, (size_t)dst->capedges * sizeof *dst->edges);
    }
    dst->edges[dst->nedges++] = (EEdge){src, derefs};
}

static void flow(EHole k, ELoc *src)
{
    if (k.addrtaken)
        src->addrtaken = 1;
    ELoc *dst = k.dst;
    if (dst == &E.blank)
        return;
    if (dst == src && k.derefs >= 0)
        return;
    if (dst->escapes && k.derefs < 0) {
        src->escapes = 1;
        return;
    }
    add_edge(dst, src, k.derefs);
}

static EHole tee(EW *e, EHole *ks, int n)
{
    if (n == 0)
        return discard_hole();
    if (n == 1)
        return ks[0];
    ELoc *l = new_loc(e, NULL, NULL, SITE_NONE, (Pos){0, 0}, 1);
    for (int i = 0; i < n; i++)
        flow(ks[i], l);
    return hole(l);
}

static EHole later(EW *e, EHole k)
{
    ELoc *l = new_loc(e, NULL, NULL, SITE_NONE, (Pos){0, 0}, 0);
    flow(k, l);
    return hole(l);
}

static EHole spill(EW *e, EHole k, Node *n, int site, Pos pos)
{
    ELoc *l = new_loc(e, NULL, n, site, pos, 1);
    flow(shift(k, -1), l);
    return hole(l);
}

/* ------------------------------------------------------------------ */
/* functions */

static EFn *fn_lookup(Node *n)
{
    if (!E.fcap)
        return NULL;
    size_t h = ((uintptr_t)n >> 4) & (size_t)(E.fcap - 1);
    while (E.fkeys[h]) {
        if (E.fkeys[h] == n)
            return E.fvals[h];
        h = (h + 1) & (size_t)(E.fcap - 1);
    }
    return NULL;
}

static void fn_insert(Node *n, EFn *f)
{
    if ((E.fcount + 1) * 2 > E.fcap) {
        Node **ok = E.fkeys;
        EFn **ov = E.fvals;
        int oc = E.fcap;
        E.fcap = oc ? oc * 2 : 64;
        E.fkeys = xcalloc((size_t)E.fcap, sizeof *E.fkeys);
        E.fvals = xcalloc((size_t)E.fcap, sizeof *E.fvals);
        E.fcount = 0;
        for (int i = 0; i < oc; i++)
            if (ok[i])
                fn_insert(ok[i], ov[i]);
        free(ok);
        free(ov);
    }
    size_t h = ((uintptr_t)n >> 4) & (size_t)(E.fcap - 1);
    while (E.fkeys[h])
        h = (h + 1) & (size_t)(E.fcap - 1);
    E.fkeys[h] = n;
    E.fvals[h] = f;
    E.fcount++;
}

/* The analysis record of a declared function or a function literal. */
static EFn *fn_of_node(Node *d, EFn *outer)
{
    EFn *f = fn_lookup(d);
    if (f)
        return f;
    f = arena_alloc(E.arena, sizeof *f);
    f->node = d;
    f->outer = outer;
    if (d->kind == N_FUNCDECL) {
        f->recv = d->x;
        f->ftype = d->z;
        f->body = d->w;
        f->obj = d->y->obj;
        f->report = E.report && f->obj && f->obj->pkg == E.mainpkg;
    } else {
        f->ftype = d->x;
        f->body = d->y;
        f->report = outer->report;
    }
    /* parameters: receiver first */
    int n = f->recv ? 1 : 0;
    for (int i = 0; i < f->ftype->list.n; i++) {
        int k = f->ftype->list.v[i]->list.n;
        n += k ? k : 1;
    }
    f->nparams = n;
    f->params = arena_alloc(E.arena, sizeof(ELoc *) * (size_t)(n + 1));
    f->ptypes = arena_alloc(E.arena, sizeof(Type *) * (size_t)(n + 1));
    f->tags = arena_alloc(E.arena, sizeof *f->tags * (size_t)(n + 1));
    n = 0;
    for (int i = 0; i < f->ftype->list2.n; i++) {
        int k = f->ftype->list2.v[i]->list.n;
        n += k ? k : 1;
    }
    f->nresults = n;
    f->results = arena_alloc(E.arena, sizeof(ELoc *) * (size_t)(n + 1));
    fn_insert(d, f);
    vec_push(&E.allfns, f);
    return f;
}

static EFn *fn_of_obj(Object *o)
{
    if (o && cg_late_bound(E.c, o))
        return NULL;    /* the REPL may bind its calls to another body: unknown, all leak */
    if (o && o->lazy_body)
        check_lazy_body(E.c, o);    /* a standard function's body, parsed and checked now */
    if (!o || o->kind != OBJ_FUNC || !o->decl || o->decl->kind != N_FUNCDECL || !o->decl->w)
        return NULL;
    return fn_of_node(o->decl, NULL);
}

/* Parameter types of a signature, receiver first (recv may be NULL). */
static int sig_params(Type *recv, Type *sig, Type **out, int max)
{
    int n = 0;
    if (recv && n < max)
        out[n++] = recv;
    Type *u = U(sig);
    if (u && u->params)
        for (int i = 0; i < u->params->nfields && n < max; i++)
            out[n++] = u->params->fields[i].type;
    return n;
}

/* Leak tags of standard functions, as go's analysis of the Go originals
 * finds them (tools/escape_tags.go); golite's C implementations keep no
 * more than those do. Then golite's own internal natives. */
static const struct {
    const char *name, *tags;
} std_tags[] = {
#include "compiler/escape_tags.inc"
}, own_tags[] = {
    {"fmt.errorf", "-|h1"},
    {"fmt.scanReader", "h0|h0|h0||-|h1|-|-"},
    {"fmt.scanString", "h0||-|h1|-|-"},
    {"runtime.KeepAlive", "-"},
    {"errors.isComparable", "-"},
    {"sort.sliceLen", "-|-"},
    {"sort.swapElems", "-"},
};

/* "pkg.F", "pkg.T.M" or "pkg.(*T).M" for a function or method object. */
static int std_name(Object *fo, char *buf, size_t n)
{
    if (!fo || !fo->pkg || !fo->pkg->is_std)
        return 0;
    Node *d = fo->decl;
    if (d && d->kind == N_FUNCDECL && d->x) {
        Node *t = unparen(d->x->x);
        int ptr = 0;
        if (t->kind == N_STAR) {
            ptr = 1;
            t = unparen(t->x);
        }
        if (t->kind != N_IDENT)
            return 0;
        snprintf(buf, n, ptr ? "%s.(*%s).%s" : "%s.%s.%s", fo->pkg->path, t->name, fo->name);
        return 1;
    }
    snprintf(buf, n, "%s.%s", fo->pkg->path, fo->name);
    return 1;
}

/* Leak tags of a function that has no body here: the table's, else every
 * pointer parameter leaks to the heap (Go's rule for external functions). */
static void native_tag(Object *fobj, Type *recv, Type *sig, uint8_t (*tags)[1 + NRESULTS], int n)
{
    Type *pt[64];
    int np = sig_params(recv, sig, pt, 64);
    for (int i = 0; i < n; i++) {
        memset(tags[i], 0, sizeof tags[i]);
        if (i < np && type_has_pointers(pt[i]))
            tags[i][0] = 1;
    }
    char name[160];
    if (!std_name(fobj, name, sizeof name))
        return;
    const char *t = NULL;
    size_t lo = 0, hi = sizeof std_tags / sizeof std_tags[0];   /* sorted by name */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(std_tags[mid].name, name);
        if (!c) {
            t = std_tags[mid].tags;
            break;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = 0; !t && k < sizeof own_tags / sizeof own_tags[0]; k++)
        if (!strcmp(own_tags[k].name, name))
            t = own_tags[k].tags;
    if (t) {
        for (int i = 0; i < n && i < np; i++) {
            memset(tags[i], 0, sizeof tags[i]);
            while (*t && *t != '|') {
                if (*t == 'h') {
                    tags[i][0] = (uint8_t)(atoi(t + 1) + 1);
                } else if (*t == 'r') {
                    int ri = atoi(t + 1);
                    const char *dot = strchr(t, '.');
                    if (ri < NRESULTS && dot)
                        tags[i][1 + ri] = (uint8_t)(atoi(dot + 1) + 1);
                }
                while (*t && *t != ',' && *t != '|')
                    t++;
                if (*t == ',')
                    t++;
            }
            if (*t == '|')
                t++;
        }
        return;
    }
}

/* ------------------------------------------------------------------ */
/* declarations */

static void dcl_walk(EW *e, Node *n);

static void dcl_list(EW *e, NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        dcl_walk(e, l->v[i]);
}

static void declare_var(EW *e, Node *id, Node *defn)
{
    if (!id || id->kind != N_IDENT || !is_local(id->obj) || id->obj->esc_loc)
        return;
    if (id->obj->pos.line != id->pos.line || id->obj->pos.col != id->pos.col)
        return;     /* a redeclared variable of := */
    ELoc *l = new_loc(e, id->obj, NULL, SITE_NONE, id->obj->pos, 0);
    l->defn = defn;
}

/* Locals of one function in declaration order (fn.Dcl); function
 * literals declare their own. */
static void dcl_walk(EW *e, Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case N_FUNCLIT:
        return;
    case N_ASSIGN:
        dcl_list(e, &n->list2);
        if (n->op == TK_DEFINE)
            for (int i = 0; i < n->list.n; i++)
                declare_var(e, n->list.v[i], n);
        return;
    case N_VALUESPEC:
        dcl_list(e, &n->list2);
        if (n->op == TK_VAR)
            for (int i = 0; i < n->list.n; i++)
                declare_var(e, n->list.v[i], n);
        return;
    case N_RANGE:
        dcl_walk(e, n->z);
        if (n->op == TK_DEFINE) {
            declare_var(e, n->x, n);
            declare_var(e, n->y, n);
        }
        dcl_walk(e, n->w);
        return;
    case N_TYPESWITCH:
        dcl_walk(e, n->x);
        dcl_walk(e, n->z);
        for (int i = 0; i < n->list.n; i++) {
            Node *cs = n->list.v[i];
            if (cs->obj && is_local(cs->obj) && !cs->obj->esc_loc) {
                /* go reports a clause's variable at its case */
                ELoc *l = new_loc(e, cs->obj, NULL, SITE_NONE, cs->pos, 0);
                l->defn = n;
            }
            dcl_list(e, &cs->list2);
        }
        return;
    default:
        break;
    }
    dcl_walk(e, n->x);
    dcl_walk(e, n->y);
    dcl_walk(e, n->z);
    dcl_walk(e, n->w);
    dcl_list(e, &n->list);
    dcl_list(e, &n->list2);
}

static void init_fn(EFn *f)
{
    EW e_ = {f, 1, {0}}, *e = &e_;
    int pi = 0;
    if (f->recv) {
        Node *fld = f->recv;
        Node *id = fld->list.n ? fld->list.v[0] : NULL;
        f->ptypes[pi] = fld->x->type;
        if (id && id->obj && id->name[0] != '_') {
            f->params[pi] = new_loc(e, id->obj, NULL, SITE_NONE, id->obj->pos, 0);
            f->params[pi]->isparam = 1;
        }
        pi++;
    }
    for (int i = 0; i < f->ftype->list.n; i++) {
        Node *fld = f->ftype->list.v[i];
        if (!fld->list.n) {
            f->ptypes[pi++] = fld->x->type;
            continue;
        }
        for (int k = 0; k < fld->list.n; k++) {
            Node *id = fld->list.v[k];
            f->ptypes[pi] = id->obj ? id->obj->type : NULL;
            if (id->obj && !(id->name[0] == '_' && !id->name[1])) {
                f->params[pi] = new_loc(e, id->obj, NULL, SITE_NONE, id->obj->pos, 0);
                f->params[pi]->isparam = 1;
            }
            pi++;
        }
    }
    int ri = 0;
    for (int i = 0; i < f->ftype->list2.n; i++) {
        Node *fld = f->ftype->list2.v[i];
        int k = fld->list.n ? fld->list.n : 1;
        for (int j = 0; j < k; j++) {
            ELoc *l;
            if (fld->list.n && fld->list.v[j]->obj) {
                l = new_loc(e, fld->list.v[j]->obj, NULL, SITE_NONE, fld->list.v[j]->obj->pos, 0);
            } else {
                char buf[16];
                snprintf(buf, sizeof buf, "~r%d", ri);
                l = new_loc(e, NULL, NULL, SITE_NONE, fld->pos, 0);
                char *s = arena_alloc(E.arena, strlen(buf) + 1);
                strcpy(s, buf);
                l->rname = s;
            }
            l->resultidx = 1 + ri;
            f->results[ri++] = l;
        }
    }
    dcl_walk(e, f->body);
}

/* Go's containsClosure: c is a function literal nested inside f. */
static int contains_closure(EFn *f, EFn *c)
{
    if (f == c)
        return 0;
    for (EFn *p = c->outer; p; p = p->outer)
        if (p == f)
            return 1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* expressions (expr.go) */

static void expr(EW *e, EHole k, Node *n);
static void call(EW *e, EHole *ks, int nks, Node *n);
static void stmt(EW *e, Node *n);
static void block(EW *e, NodeList *l);
static void walk_fn(EFn *f);
static void pkginit_walk(EFn *f);

static void discard(EW *e, Node *n) { expr(e, discard_hole(), n); }

/* A condition go's deadcode pass decides: 1 true, 0 false, -1 unknown. */
static int const_cond(Node *c)
{
    c = unparen(c);
    if (!c || c->mode != M_CONST || !c->val || !type_is_boolean(c->type))
        return -1;
    return c->val->kind == CV_BOOL ? (c->val->b ? 1 : 0) : -1;
}

/* Does a statement list end in return or panic (the rest is then dead)? */
static int ends_in_exit(Node *blk)
{
    if (!blk)
        return 0;
    if (blk->kind != N_BLOCK)
        return 0;
    if (!blk->list.n)
        return 0;
    Node *last = blk->list.v[blk->list.n - 1];
    if (last->kind == N_RETURN)
        return 1;
    Builtin bi;
    return last->kind == N_EXPRSTMT && unparen(last->x)->kind == N_CALL &&
           is_builtin_call(unparen(last->x), &bi) && bi == BI_PANIC;
}

/* Does converting a value of type from to type to box it in an interface? */
static int conv_iface(Type *from, Type *to)
{
    return to && from && is_iface(to) && !is_iface(from) && U(from)->kind != TY_UNTYPED_NIL;
}

/* n flows to k as a value of type to: an implicit conversion to an
 * interface boxes it first (OCONVIFACE), reported at pos. */
static void expr_as(EW *e, EHole k, Node *n, Type *to, Pos pos)
{
    if (!n)
        return;
    Type *from = etype(unparen(n));
    if (conv_iface(from, to)) {
        if (!direct_iface(from))
            k = spill(e, k, n, SITE_CONV, pos);
        expr(e, k, n);
        return;
    }
    expr(e, k, n);
}

/* uintptr arithmetic that may hold a pointer (unsafeValue). */
static void unsafe_value(EW *e, EHole k, Node *n)
{
    n = unparen(n);
    if (!n)
        return;
    if (n->kind == N_CALL && unparen(n->x)->mode == M_TYPEXPR && n->list.n == 1) {
        Node *x = n->list.v[0];
        if (x->type && U(x->type)->kind == TY_UNSAFEPTR)
            expr(e, k, x);
        else
            discard(e, x);
        return;
    }
    if (n->kind == N_BINARY && n->op != TK_SHL && n->op != TK_SHR) {
        unsafe_value(e, k, n->x);
        unsafe_value(e, k, n->y);
        return;
    }
    if (n->kind == N_UNARY) {
        unsafe_value(e, k, n->x);
        return;
    }
    discard(e, n);
}

/* The dereferences on the way to a field or method through embedded
 * fields; *holder gets the type the method applies to (for a field, whose
 * index ends the path, the field's type). */
static int path_derefs(Type *t, Selection *s, Type **holder)
{
    int d = 0;
    for (int i = 0; i < s->npath; i++) {
        if (U(t)->kind == TY_POINTER) {
            d++;
            t = U(t)->elem;
        }
        t = U(t)->fields[s->path[i]].type;
    }
    *holder = t;
    return d;
}

/* The hole a method's receiver expression x flows into, given the hole of
 * the receiver parameter: implicit & or * and embedded paths applied. */
static EHole recv_hole(EHole k, Node *x, Selection *s)
{
    Type *holder;
    int d = path_derefs(x->type, s, &holder);
    int hp = U(holder)->kind == TY_POINTER;
    if (s->method->ptr_recv && !hp)
        k = shift(k, -1);
    else if (!s->method->ptr_recv && hp)
        k = shift(k, 1);
    if (d)
        k = shift(k, d);
    return k;
}

static EHole tag_hole(EW *e, EHole *ks, int nks, EFn *fn, int pi)
{
    (void)e;
    if (!fn)
        return heap_hole();
    if (fn->batch == E.batchno && fn->state == 1) {
        ELoc *p = pi < fn->nparams ? fn->params[pi] : NULL;
        return p ? hole(p) : discard_hole();
    }
    if (pi >= fn->nparams || fn->state != 2)
        return heap_hole();     /* not analysed (cannot happen): assume the worst */
    uint8_t *lk = fn->tags[pi];
    EHole tk[1 + NRESULTS];
    int n = 0;
    if (lk[0])
        tk[n++] = shift(heap_hole(), lk[0] - 1);
    for (int i = 0; i < NRESULTS && ks && i < nks; i++)
        if (lk[1 + i])
            tk[n++] = shift(ks[i], lk[1 + i] - 1);
    for (int i = 0; i < n; i++)
        tk[i].addrtaken = 0;
    return tee(e, tk, n);
}

/* Tags for a call of a function golite has no body for. */
typedef struct Callee {
    EFn *fn;                /* analysed: its summary or its batch */
    uint8_t (*tags)[1 + NRESULTS];  /* natives */
    int ntags;
} Callee;

static EHole callee_hole(EW *e, EHole *ks, int nks, Callee *ce, int pi)
{
    if (ce->fn)
        return tag_hole(e, ks, nks, ce->fn, pi);
    if (!ce->tags || pi >= ce->ntags)
        return heap_hole();
    uint8_t *lk = ce->tags[pi];
    EHole tk[1];
    int n = 0;
    if (lk[0])
        tk[n++] = shift(heap_hole(), lk[0] - 1);
    if (n)
        tk[0].addrtaken = 0;
    return tee(e, tk, n);
}

static void composite(EW *e, EHole k, Node *n, Type *t)
{
    Type *u = U(t);
    for (int i = 0; i < n->list.n; i++) {
        Node *el = n->list.v[i];
        Node *v = el->kind == N_KEYVALUE ? el->y : el;
        if (u->kind == TY_STRUCT) {
            Type *ft = NULL;
            if (el->kind == N_KEYVALUE) {
                for (int f = 0; f < u->nfields; f++)
                    if (u->fields[f].name == el->x->name)
                        ft = u->fields[f].type;
            } else if (i < u->nfields) {
                ft = u->fields[i].type;
            }
            expr_as(e, k, v, ft, gpos(v));
        } else if (u->kind == TY_MAP) {
            if (el->kind == N_KEYVALUE)
                expr_as(e, heap_hole(), el->x, u->key, el->pos);
            expr_as(e, heap_hole(), v, u->elem, gpos(v));
        } else {
            expr_as(e, k, v, u->elem, gpos(v));
        }
    }
}

static void leaves_discard(EW *e, Node *n)
{
    n = unparen(n);
    if (n->kind == N_BINARY && n->op == TK_ADD && n->mode != M_CONST && type_is_string(n->type)) {
        leaves_discard(e, n->x);
        leaves_discard(e, n->y);
        return;
    }
    discard(e, n);
}

static void closure_expr(EW *e, EHole k, Node *n)
{
    EFn *cf = fn_lookup(n);
    if (!cf)
        cf = fn_of_node(n, e->fn);
    if (cf->state != 1) {
        /* a closure of a function analysed elsewhere: cannot happen */
        k = spill(e, k, n, SITE_FUNCLIT, n->pos);
        return;
    }
    k = spill(e, k, n, SITE_FUNCLIT, n->pos);
    EClo *c = arena_alloc(E.arena, sizeof *c);
    c->k = k;
    c->fn = cf;
    vec_push(&E.closures, c);
    for (int i = 0; i < cf->captures.n; i++) {
        ELoc *l = cf->captures.v[i];
        if (!l->captured) {
            l->captured = 1;
            if (l->loopdepth == e->loopdepth)
                l->reassigned = 0;
        }
    }
    walk_fn(cf);
}

static void expr(EW *e, EHole k, Node *n)
{
    n = unparen(n);
    if (!n)
        return;
    if (n->mode == M_CONST || n->mode == M_TYPEXPR || n->mode == M_NILVALUE || n->mode == M_BUILTIN)
        return;
    if (k.derefs >= 0 && n->type && !type_is_untyped(n->type) && !type_has_pointers(n->type))
        k = discard_hole();
    switch (n->kind) {
    case N_IDENT: {
        ELoc *l = loc_of(n->obj);
        if (l)
            flow(k, l);
        return;
    }
    case N_BASICLIT:
        return;
    case N_FUNCLIT:
        closure_expr(e, k, n);
        return;
    case N_COMPOSITE: {
        Type *t = n->type;
        Type *u = U(t);
        if (u->kind == TY_POINTER) {    /* elided &T{...} */
            k = spill(e, k, n, SITE_PTRLIT, n->pos2);
            composite(e, k, n, u->elem);
            return;
        }
        if (u->kind == TY_SLICE || u->kind == TY_MAP)
            k = spill(e, k, n, SITE_EXPR, n->pos2);
        composite(e, k, n, t);
        return;
    }
    case N_SELECTOR: {
        if (is_pkg_selector(n) || unparen(n->x)->mode == M_TYPEXPR)
            return;
        Selection s;
        Type *xt = n->x->type;
        if (!xt || !lookup_field_or_method(xt, 0, n->y->name, NULL, &s))
            return;
        if (s.kind == 1) {
            Type *holder;   /* for fields the path ends with the field itself */
            int d = path_derefs(xt, &s, &holder);
            expr(e, d ? shift(k, d) : k, n->x);
            return;
        }
        /* a method value: a closure bound to the receiver; the receiver
         * (with its implicit & or * applied once) flows into the closure
         * and into the method's receiver parameter */
        EHole closurek = spill(e, k, n, SITE_EXPR, n->pos);
        EHole paramk;
        if (is_iface(xt) || !s.method->func) {
            paramk = heap_hole();
        } else {
            EFn *mf = fn_of_obj(s.method->func);
            Type *sig = s.method->sig;
            int nr = U(sig)->results ? U(sig)->results->nfields : 0;
            EHole rks[NRESULTS];
            for (int i = 0; i < nr && i < NRESULTS; i++)
                rks[i] = heap_hole();
            if (mf) {
                paramk = tag_hole(e, rks, nr, mf, 0);
            } else {
                uint8_t tg[1][1 + NRESULTS];
                native_tag(s.method->func, xt, sig, tg, 1);
                Callee ce = {NULL, tg, 1};
                paramk = callee_hole(e, rks, nr, &ce, 0);
            }
        }
        EHole two[2] = {paramk, closurek};
        EHole th = tee(e, two, 2);
        if (!is_iface(xt))
            th = recv_hole(th, n->x, &s);
        expr(e, th, n->x);
        return;
    }
    case N_INDEX: {
        Type *xu = U(n->x->type);
        if (xu && xu->kind == TY_MAP) {
            discard(e, n->x);
            expr_as(e, discard_hole(), n->y, xu->key, gpos(n->y));
            return;
        }
        if (xu && xu->kind == TY_ARRAY)
            expr(e, k, n->x);
        else
            expr(e, shift(k, 1), n->x);
        discard(e, n->y);
        return;
    }
    case N_SLICE: {
        Type *xu = U(n->x->type);
        if (xu && xu->kind == TY_ARRAY)
            expr(e, shift(k, -1), n->x);
        else
            expr(e, k, n->x);
        discard(e, n->y);
        discard(e, n->z);
        discard(e, n->w);
        return;
    }
    case N_TYPEASSERT:
        if (n->type && !is_iface(n->type) && !direct_iface(n->type))
            k = shift(k, 1);
        expr(e, k, n->x);
        return;
    case N_STAR:
        expr(e, shift(k, 1), n->x);
        return;
    case N_UNARY: {
        if (n->op == TK_AND) {
            Node *x = unparen(n->x);
            if (x->kind == N_COMPOSITE) {
                EHole sk = spill(e, k, n, SITE_EXPR, n->pos);
                Type *xu = U(x->type);
                if (xu && (xu->kind == TY_SLICE || xu->kind == TY_MAP))
                    expr(e, sk, x);     /* &[]T{...}: the slice literal is a site too */
                else
                    composite(e, sk, x, x->type);
                return;
            }
            expr(e, shift(k, -1), x);
            return;
        }
        discard(e, n->x);
        return;
    }
    case N_BINARY:
        if (n->op == TK_ADD && type_is_string(n->type)) {
            spill(e, k, n, SITE_EXPR, n->pos);
            leaves_discard(e, n->x);
            leaves_discard(e, n->y);
            return;
        }
        if ((n->op == TK_EQL || n->op == TK_NEQ) && n->x->type && n->y->type) {
            /* a concrete operand compared with an interface is converted */
            Type *xt = etype(n->x), *yt = etype(n->y);
            if (n->x->mode == M_CONST || n->y->mode == M_CONST) {
                /* go compares with a constant without boxing it */
                discard(e, n->x);
                discard(e, n->y);
                return;
            }
            expr_as(e, discard_hole(), n->x, yt, gpos(n->x));
            expr_as(e, discard_hole(), n->y, xt, gpos(n->y));
            return;
        }
        discard(e, n->x);
        discard(e, n->y);
        return;
    case N_CALL: {
        Node *f = unparen(n->x);
        if (f->mode == M_TYPEXPR) {
            Node *x = n->list.n ? n->list.v[0] : NULL;
            Type *to = n->type, *from = x ? etype(x) : NULL;
            if (!x)
                return;
            if (conv_iface(from, to)) {
                if (!direct_iface(from))
                    k = spill(e, k, n, SITE_EXPR, n->pos2);
                expr(e, k, x);
                return;
            }
            Type *tu = U(to), *fu = U(from);
            if ((tu->kind == TY_STRING && fu->kind != TY_STRING) ||
                (fu->kind == TY_STRING && tu->kind == TY_SLICE)) {
                spill(e, k, n, SITE_EXPR, n->pos2);
                discard(e, x);
                return;
            }
            if (tu->kind == TY_UNSAFEPTR && type_is_integer(from)) {
                unsafe_value(e, k, x);
                return;
            }
            expr(e, k, x);
            return;
        }
        EHole ks[1] = {k};
        call(e, ks, 1, n);
        return;
    }
    default:
        return;
    }
}

/* ------------------------------------------------------------------ */
/* calls (call.go) */

/* The position of the last variable named in an expression, in source
 * order (where go's type checker last set its position). */
static int last_name_pos(Node *n, Pos *p)
{
    n = unparen(n);
    if (!n || n->kind == N_FUNCLIT)
        return 0;
    int found = 0;
    if (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_VAR) {
        *p = n->pos;
        return 1;
    }
    if (n->kind == N_SELECTOR) {
        return last_name_pos(n->x, p);
    }
    Node *kids[4] = {n->x, n->y, n->z, n->w};
    for (int i = 0; i < 4; i++)
        found |= last_name_pos(kids[i], p);
    for (int i = 0; i < n->list.n; i++)
        found |= last_name_pos(n->list.v[i], p);
    for (int i = 0; i < n->list2.n; i++)
        found |= last_name_pos(n->list2.v[i], p);
    return found;
}

static Pos name_pos_or(Node *n, Pos dflt)
{
    Pos p;
    return last_name_pos(n, &p) ? p : dflt;
}

/* Position of the implicit conversion of call argument i: its own for
 * anything but a plain name; a name takes the position of the nearest
 * argument before it that is not one, else the call's parenthesis (go
 * converts with the position its type checker last set). */
static Pos arg_conv_pos(Node *call, int i)
{
    for (int j = i; j >= 0; j--) {
        Node *a = unparen(call->list.v[j]);
        if (a->kind != N_IDENT)
            return gpos(a);
    }
    return call->pos2;
}

/* x.M with M's pointer receiver on an addressable x: an implicit &x (which
 * ir.Reassigned counts like an assignment). Returns x's object or NULL. */
static Object *implicit_addr(Node *n)
{
    if (n->kind != N_SELECTOR || is_pkg_selector(n) || !n->x->type || unparen(n->x)->mode == M_TYPEXPR)
        return NULL;
    Node *x = unparen(n->x);
    if (x->kind != N_IDENT || !is_local(x->obj) || U(x->type)->kind == TY_POINTER)
        return NULL;
    Selection s;
    if (lookup_field_or_method(x->type, 0, n->y->name, NULL, &s) != 2 || !s.method->ptr_recv)
        return NULL;
    Type *holder;
    return path_derefs(x->type, &s, &holder) ? NULL : x->obj;
}

/* ir.StaticValue for a local variable: the value it is declared with when
 * nothing else assigns it or takes its address anywhere in the function. */
static void static_scan(Node *n, Object *v, Node **rhs, int *other)
{
    if (!n)
        return;
    switch (n->kind) {
    case N_ASSIGN:
        for (int i = 0; i < n->list.n; i++) {
            Node *l = unparen(n->list.v[i]);
            if (l->kind != N_IDENT || l->obj != v)
                continue;
            if (n->op == TK_DEFINE && l->pos.line == v->pos.line && l->pos.col == v->pos.col &&
                n->list.n == n->list2.n)
                *rhs = n->list2.v[i];
            else
                (*other)++;
        }
        break;
    case N_VALUESPEC:
        for (int i = 0; i < n->list.n; i++)
            if (n->list.v[i]->obj == v && n->list.n == n->list2.n)
                *rhs = n->list2.v[i];
        break;
    case N_INCDEC: case N_RANGE: {
        Node *ls[2] = {n->x, n->kind == N_RANGE ? n->y : NULL};
        for (int i = 0; i < 2; i++)
            if (ls[i] && unparen(ls[i])->kind == N_IDENT && unparen(ls[i])->obj == v)
                (*other)++;
        break;
    }
    case N_UNARY:
        if (n->op == TK_AND) {
            Node *l = unparen(n->x);
            while (l->kind == N_SELECTOR || l->kind == N_INDEX)
                l = unparen(l->x);
            if (l->kind == N_IDENT && l->obj == v)
                (*other)++;
        }
        break;
    case N_SELECTOR:
        if (implicit_addr(n) == v)
            (*other)++;
        break;
    default:
        break;
    }
    static_scan(n->x, v, rhs, other);
    static_scan(n->y, v, rhs, other);
    static_scan(n->z, v, rhs, other);
    static_scan(n->w, v, rhs, other);
    for (int i = 0; i < n->list.n; i++)
        static_scan(n->list.v[i], v, rhs, other);
    for (int i = 0; i < n->list2.n; i++)
        static_scan(n->list2.v[i], v, rhs, other);
}

static Node *static_value(Node *body, Node *x)
{
    x = unparen(x);
    if (x->kind != N_IDENT || !is_local(x->obj) || x->obj->is_param)
        return NULL;
    for (int depth = 0; depth < 16; depth++) {
        Node *rhs = NULL;
        int other = 0;
        static_scan(body, x->obj, &rhs, &other);
        if (other || !rhs)
            return NULL;
        Node *r = unparen(rhs);
        /* f := g: g's static value, unless an implicit conversion separates them */
        if (r->kind == N_IDENT && is_local(r->obj) && !r->obj->is_param && r->type && x->type &&
            types_identical(r->type, x->type)) {
            x = r;
            continue;
        }
        return rhs;
    }
    return NULL;
}

/* devirtualize.Call: a method called through an interface variable that
 * only ever holds one conversion from a concrete type calls that type's
 * method. Returns the concrete type, or NULL. */
static Type *devirt_type(Node *body, Node *call, Selection *method_out)
{
    Node *f = unparen(call->x);
    if (f->kind != N_SELECTOR || !f->x->type || !is_iface(f->x->type) || f->x->mode == M_TYPEXPR)
        return NULL;
    Node *v = static_value(body, f->x);
    if (!v)
        return NULL;
    Type *ct = etype(unparen(v));
    if (!ct || is_iface(ct))
        return NULL;
    Selection s;
    if (lookup_field_or_method(ct, 0, f->y->name, NULL, &s) != 2)
        return NULL;
    Type *holder;
    path_derefs(ct, &s, &holder);
    if (!s.method->func && !is_iface(holder))
        return NULL;
    /* a method of an embedded interface: "partially" devirtualized */
    if (s.method->func && s.method->ptr_recv && U(holder)->kind != TY_POINTER)
        return NULL;    /* not in the value's method set */
    if (method_out)
        *method_out = s;
    return ct;
}

/* Go devirtualizes before escape analysis, over the whole package. */
static void devirt_walk(Node *body, Node *n, const char *fname)
{
    if (!n)
        return;
    if (n->kind == N_CALL) {
        Type *ct = devirt_type(body, n, NULL);
        if (ct) {
            n->flags |= NF_DEVIRT;
            Selection ds;
            devirt_type(body, n, &ds);
            if (E.report) {
                Buf b = {0};
                expr_fmt(&b, n->x, 0);
                buf_puts(&b, " to ");
                type_fmt(&b, ct);
                buf_putc(&b, 0);
                fprintf(E.report, "%s:%d:%d: %sdevirtualizing %s\n", E.filename, n->pos2.line, n->pos2.col,
                        ds.method->func ? "" : "partially ", b.s);
                buf_free(&b);
            }
        }
    }
    devirt_walk(body, n->x, fname);
    devirt_walk(body, n->y, fname);
    devirt_walk(body, n->z, fname);
    devirt_walk(body, n->w, fname);
    for (int i = 0; i < n->list.n; i++)
        devirt_walk(body, n->list.v[i], fname);
    for (int i = 0; i < n->list2.n; i++)
        devirt_walk(body, n->list2.v[i], fname);
}

static Node *top_body(EFn *f)
{
    while (f->outer)
        f = f->outer;
    return f->body;
}

static Callee resolve_callee(EW *e, Node *n, Node **recv, Selection *sel, int *is_iface_call,
                             uint8_t (*ntags)[1 + NRESULTS], int maxtags)
{
    Callee ce = {0};
    Node *f = unparen(n->x);
    *recv = NULL;
    *is_iface_call = 0;
    Object *fo = NULL;
    if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_FUNC)
        fo = f->obj;
    else if (is_pkg_selector(f) && f->y->obj && f->y->obj->kind == OBJ_FUNC)
        fo = f->y->obj;
    else if (is_pkg_selector(f) && f->obj && f->obj->kind == OBJ_FUNC)
        fo = f->obj;
    if (fo) {
        ce.fn = fn_of_obj(fo);
        if (!ce.fn) {
            native_tag(fo, NULL, fo->type, ntags, maxtags);
            ce.tags = ntags;
            ce.ntags = maxtags;
        }
        return ce;
    }
    if (f->kind == N_SELECTOR && unparen(f->x)->mode != M_TYPEXPR && f->x->type &&
        lookup_field_or_method(f->x->type, 0, f->y->name, NULL, sel) == 2) {
        *recv = f->x;
        Type *holder;
        path_derefs(f->x->type, sel, &holder);
        if ((n->flags & NF_DEVIRT) && devirt_type(top_body(e->fn), n, sel)) {
            /* the receiver is i.(T): the interface's data word */
            *is_iface_call = 2;
            if (!sel->method->func)
                return ce;      /* through an embedded interface: its receiver leaks */
            ce.fn = fn_of_obj(sel->method->func);
            if (!ce.fn) {
                native_tag(sel->method->func, NULL, sel->method->sig, ntags, maxtags);
                ce.tags = ntags;
                ce.ntags = maxtags;
            }
            return ce;
        }
        if (is_iface(holder) || !sel->method->func) {
            *is_iface_call = 1;
            return ce;
        }
        ce.fn = fn_of_obj(sel->method->func);
        if (!ce.fn) {
            native_tag(sel->method->func, holder, sel->method->sig, ntags, maxtags);
            ce.tags = ntags;
            ce.ntags = maxtags;
        }
        return ce;
    }
    if (f->kind == N_SELECTOR && unparen(f->x)->mode == M_TYPEXPR && f->x->type &&
        lookup_field_or_method(f->x->type, 0, f->y->name, NULL, sel) == 2 && sel->method->func) {
        /* method expression T.M(recv, args) */
        ce.fn = fn_of_obj(sel->method->func);
        if (!ce.fn) {
            native_tag(sel->method->func, f->x->type, sel->method->sig, ntags, maxtags);
            ce.tags = ntags;
            ce.ntags = maxtags;
        }
        return ce;
    }
    if (f->kind == N_FUNCLIT) {
        /* called where it is written: it may return into this frame */
        ce.fn = fn_lookup(f) ? fn_lookup(f) : fn_of_node(f, e->fn);
        ce.fn->closure_called = 1;
        return ce;
    }
    if (f->kind == N_IDENT && is_local(f->obj)) {
        /* a variable that only ever holds a function or method expression */
        Node *v = static_value(top_body(e->fn), f);
        v = v ? unparen(v) : NULL;
        Object *vo = NULL;
        Type *recv = NULL;
        if (v && v->kind == N_FUNCLIT) {
            ce.fn = fn_lookup(v);
        } else if (v && v->kind == N_IDENT && v->obj && v->obj->kind == OBJ_FUNC) {
            vo = v->obj;
        } else if (v && is_pkg_selector(v)) {
            vo = v->y->obj && v->y->obj->kind == OBJ_FUNC ? v->y->obj : NULL;
        } else if (v && v->kind == N_SELECTOR && unparen(v->x)->mode == M_TYPEXPR && v->x->type &&
                   lookup_field_or_method(v->x->type, 0, v->y->name, NULL, sel) == 2 && sel->method->func) {
            vo = sel->method->func;
            recv = v->x->type;
        }
        if (vo) {
            ce.fn = fn_of_obj(vo);
            if (!ce.fn) {
                native_tag(vo, recv, recv ? sel->method->sig : vo->type, ntags, maxtags);
                ce.tags = ntags;
                ce.ntags = maxtags;
            }
        }
    }
    return ce;
}

static void builtin_call(EW *e, EHole *ks, Node *n, Builtin bi)
{
    switch (bi) {
    case BI_NEW:
        spill(e, ks ? ks[0] : discard_hole(), n, SITE_EXPR, n->pos2);
        return;
    case BI_MAKE: {
        Type *u = U(n->type);
        if (u->kind == TY_SLICE || u->kind == TY_MAP)
            spill(e, ks ? ks[0] : discard_hole(), n, SITE_EXPR, n->pos2);
        for (int i = 1; i < n->list.n; i++)
            discard(e, n->list.v[i]);
        return;
    }
    case BI_APPEND: {
        if (!n->list.n)
            return;
        Node *s = n->list.v[0];
        Type *st = etype(s);
        EHole appendee = ks ? ks[0] : discard_hole();
        if (st && U(st)->kind == TY_SLICE && type_has_pointers(U(st)->elem)) {
            EHole two[2] = {appendee, shift(heap_hole(), 1)};
            appendee = tee(e, two, 2);
        }
        expr(e, appendee, s);
        if (n->flags & NF_DOTS) {
            if (n->list.n > 1) {
                Type *at = etype(n->list.v[1]);
                EHole k = discard_hole();
                if (at && U(at)->kind == TY_SLICE && type_has_pointers(U(at)->elem))
                    k = shift(heap_hole(), 1);
                expr(e, k, n->list.v[1]);
            }
        } else {
            for (int i = 1; i < n->list.n; i++)
                expr_as(e, heap_hole(), n->list.v[i], st ? U(st)->elem : NULL, gpos(n->list.v[i]));
        }
        return;
    }
    case BI_COPY:
        if (n->list.n == 2) {
            discard(e, n->list.v[0]);
            Type *yt = etype(n->list.v[1]);
            EHole k = discard_hole();
            if (yt && U(yt)->kind == TY_SLICE && type_has_pointers(U(yt)->elem))
                k = shift(heap_hole(), 1);
            expr(e, k, n->list.v[1]);
        }
        return;
    case BI_PANIC:
        if (n->list.n)
            expr_as(e, heap_hole(), n->list.v[0], T_any_iface(), name_pos_or(n->list.v[0], n->pos2));
        return;
    case BI_ADD: case BI_SLICE:
        if (n->list.n == 2) {
            expr(e, ks ? ks[0] : discard_hole(), n->list.v[0]);
            discard(e, n->list.v[1]);
        }
        return;
    default:
        for (int i = 0; i < n->list.n; i++)
            discard(e, n->list.v[i]);
        return;
    }
}

static Type *param_type(Type *sig, int i)
{
    Type *u = U(sig);
    if (!u || !u->params || i >= u->params->nfields)
        return NULL;
    return u->params->fields[i].type;
}

/* The arguments of a call flow into the holes of its parameters. */
static void call_args(EW *e, EHole *ks, int nks, Node *n, Callee *ce, int pbase, Type *sig, int first)
{
    Type *u = U(sig);
    int np = u && u->params ? u->params->nfields : 0;
    int nargs = n->list.n - first;
    /* f(g()) with g returning several results */
    if (nargs == 1 && n->list.v[first]->type && n->list.v[first]->type->kind == TY_TUPLE) {
        EHole hs[64];
        int nh = 0;
        for (int i = 0; i < np && nh < 64; i++)
            hs[nh++] = callee_hole(e, ks, nks, ce, pbase + i);
        call(e, hs, nh, n->list.v[first]);
        return;
    }
    for (int i = 0; i < np; i++) {
        Type *pt = param_type(sig, i);
        EHole k = callee_hole(e, ks, nks, ce, pbase + i);
        if (u->variadic && i == np - 1 && !(n->flags & NF_DOTS)) {
            int nextra = nargs - i;
            if (nextra <= 0)
                return;     /* nil slice */
            EHole sk = spill(e, k, n, SITE_DOTS, n->pos2);
            for (int j = first + i; j < n->list.n; j++)
                expr_as(e, sk, n->list.v[j], pt->elem, arg_conv_pos(n, j));
            return;
        }
        if (first + i < n->list.n)
            expr_as(e, k, n->list.v[first + i], pt, arg_conv_pos(n, first + i));
    }
}

static void call(EW *e, EHole *ks, int nks, Node *n)
{
    n = unparen(n);
    if (n->kind != N_CALL) {
        /* a receive or a comma-ok form producing a tuple */
        if (n->kind == N_UNARY && n->op == TK_ARROW) {
            discard(e, n->x);
            return;
        }
        expr(e, nks ? ks[0] : discard_hole(), n);
        return;
    }
    Node *f = unparen(n->x);
    if (f->mode == M_TYPEXPR) {
        expr(e, nks ? ks[0] : discard_hole(), n);
        return;
    }
    Builtin bi;
    if (is_builtin_call(n, &bi)) {
        builtin_call(e, nks ? ks : NULL, n, bi);
        return;
    }
    uint8_t ntags[64][1 + NRESULTS];
    Node *recv;
    Selection sel;
    int ifc;
    Callee ce = resolve_callee(e, n, &recv, &sel, &ifc, ntags, 64);
    EFn *fn = ce.fn;
    if (ks && nks && fn && fn->batch == E.batchno && fn->state == 1) {
        for (int i = 0; i < fn->nresults && i < nks; i++)
            flow(ks[i], fn->results[i]);
    }
    Type *sig = f->type;
    int pbase = 0;
    if (recv) {
        /* a method call: the receiver is the first parameter */
        EHole rk = ifc == 1 ? heap_hole() : callee_hole(e, ks, nks, &ce, 0);
        if (ifc == 2) {
            /* devirtualized: recv.(T) then T's method, implicit * included */
            Node *v = static_value(top_body(e->fn), recv);
            Type *ct = etype(unparen(v));
            Type *holder;
            int d = path_derefs(ct, &sel, &holder);
            if (!sel.method->ptr_recv && U(holder)->kind == TY_POINTER)
                d++;
            if (d)
                rk = shift(rk, d);
            if (!direct_iface(ct))
                rk = shift(rk, 1);
        } else if (!ifc)
            rk = recv_hole(rk, recv, &sel);
        else {
            Type *holder;
            int d = path_derefs(recv->type, &sel, &holder);
            if (d)
                rk = shift(rk, d);
        }
        expr(e, rk, recv);
        pbase = 1;
        sig = sel.method->sig;
        call_args(e, ks, nks, n, &ce, pbase, sig, 0);
        return;
    }
    if (f->kind == N_SELECTOR && f->x->mode == M_TYPEXPR && fn) {
        /* method expression: recv is the first argument */
        sig = f->type;
        call_args(e, ks, nks, n, &ce, 0, sig, 0);
        return;
    }
    expr(e, discard_hole(), f);     /* the callee value itself */
    call_args(e, ks, nks, n, &ce, 0, sig, 0);
}

static int is_tuple_call(Node *r)
{
    r = unparen(r);
    return r && r->type && r->type->kind == TY_TUPLE;
}

/* go and defer (goDeferStmt): the call's arguments are evaluated now into
 * temporaries a wrapper closure captures. */
static void go_defer(EW *e, Node *s)
{
    EHole k = heap_hole();
    if (s->kind == N_DEFER && e->loopdepth == 1)
        k = later(e, discard_hole());
    Node *c = unparen(s->x);
    if (c->kind != N_CALL)
        return;
    Node *f = unparen(c->x);
    Builtin bi;
    int builtin = is_builtin_call(c, &bi);
    if (!builtin && f->mode != M_TYPEXPR && f->type && U(f->type)->kind == TY_FUNC) {
        Type *ft = U(f->type);
        Selection sel;
        int method = f->kind == N_SELECTOR && !is_pkg_selector(f) && f->x->mode != M_TYPEXPR && f->x->type &&
                     lookup_field_or_method(f->x->type, 0, f->y->name, NULL, &sel) == 2;
        int np = ft->params ? ft->params->nfields : 0;
        int nr = ft->results ? ft->results->nfields : 0;
        if (!method && np == 0 && nr == 0) {
            expr(e, k, f);
            return;
        }
    }
    /* the wrapper: a closure capturing one temporary per argument */
    ELoc *clo = new_loc(e, NULL, s, SITE_WRAPPER, s->pos, 1);
    flow(shift(k, -1), clo);
    EHole cloh = hole(clo);
    /* evaluate each argument into a temporary the wrapper captures by value */
    int n = c->list.n;
    ELoc **tmps = xcalloc((size_t)n + 2, sizeof *tmps);
    Node *recv = NULL;
    Selection sel;
    int ifc = 0;
    Callee ce = {0};
    uint8_t ntags[64][1 + NRESULTS];
    Type *sig = f->type;
    if (!builtin && f->mode != M_TYPEXPR) {
        ce = resolve_callee(e, c, &recv, &sel, &ifc, ntags, 64);
        if (ifc == 2) {     /* not devirtualized here: the receiver leaks */
            ifc = 1;
            ce = (Callee){0};
        }
        if (recv)
            sig = sel.method->sig;
    }
    Type *u = sig ? U(sig) : NULL;
    int np = u && u->kind == TY_FUNC && u->params ? u->params->nfields : 0;
    /* the callee value */
    ELoc *ftmp = NULL;
    if (!builtin && !recv && f->mode != M_TYPEXPR &&
        !(f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_FUNC) && !is_pkg_selector(f) &&
        f->kind != N_FUNCLIT) {
        ftmp = new_loc(e, NULL, NULL, SITE_NONE, s->pos, 0);
        expr(e, hole(ftmp), f);
    } else if (f->kind == N_FUNCLIT) {
        ftmp = new_loc(e, NULL, NULL, SITE_NONE, s->pos, 0);
        expr(e, hole(ftmp), f);
    }
    ELoc *rtmp = NULL;
    if (recv) {
        rtmp = new_loc(e, NULL, NULL, SITE_NONE, s->pos, 0);
        EHole rk = hole(rtmp);
        if (!ifc) {
            /* the temporary holds the receiver as the method takes it */
            rk = recv_hole(rk, recv, &sel);
        }
        expr(e, rk, recv);
    }
    int variadic = u && u->kind == TY_FUNC && u->variadic && !(c->flags & NF_DOTS);
    if (n == 1 && !builtin && is_tuple_call(c->list.v[0]) && np > 1) {
        /* go f(g()): g's results go into the temporaries */
        free(tmps);
        n = np;
        tmps = xcalloc((size_t)n + 2, sizeof *tmps);
        EHole *ks = xcalloc((size_t)n, sizeof *ks);
        for (int i = 0; i < n; i++) {
            tmps[i] = new_loc(e, NULL, NULL, SITE_NONE, s->pos, 0);
            ks[i] = hole(tmps[i]);
        }
        call(e, ks, n, c->list.v[0]);
        free(ks);
        variadic = 0;
        goto wrapped;
    }
    for (int i = 0; i < n; i++) {
        Node *a = unparen(c->list.v[i]);
        Type *pt = NULL;
        if (builtin) {
            pt = (bi == BI_PANIC) ? T_any_iface() : NULL;
        } else if (np) {
            if (variadic && i >= np - 1)
                pt = param_type(sig, np - 1)->elem;
            else
                pt = param_type(sig, i < np ? i : np - 1);
        }
        if (a->mode == M_CONST && !conv_iface(etype(a), pt))
            continue;   /* literals are not copied */
        if (a->mode == M_NILVALUE)
            continue;
        tmps[i] = new_loc(e, NULL, NULL, SITE_NONE, s->pos, 0);
        expr_as(e, hole(tmps[i]), c->list.v[i], pt, arg_conv_pos(c, i));
    }
wrapped:
    /* the call inside the wrapper, on the temporaries */
    if (builtin) {
        EHole ak = bi == BI_PANIC ? heap_hole() : discard_hole();
        for (int i = 0; i < n; i++)
            if (tmps[i])
                flow(ak, tmps[i]);
    } else {
        int pbase = recv ? 1 : 0;
        if (rtmp)
            flow(ifc ? heap_hole() : callee_hole(e, NULL, 0, &ce, 0), rtmp);
        if (ftmp)
            flow(discard_hole(), ftmp);
        for (int i = 0; i < np; i++) {
            EHole k2 = callee_hole(e, NULL, 0, &ce, pbase + i);
            if (variadic && i == np - 1) {
                if (n - i <= 0)
                    break;
                EHole sk = spill(e, k2, c, SITE_WDOTS, c->pos2);
                for (int j = i; j < n; j++)
                    if (tmps[j])
                        flow(sk, tmps[j]);
                break;
            }
            if (i < n && tmps[i])
                flow(k2, tmps[i]);
        }
    }
    /* the wrapper captures its temporaries by value */
    for (int i = 0; i < n; i++)
        if (tmps[i])
            flow(cloh, tmps[i]);
    if (rtmp)
        flow(cloh, rtmp);
    if (ftmp)
        flow(cloh, ftmp);
    free(tmps);
}

/* ------------------------------------------------------------------ */
/* statements (stmt.go, assign.go) */

static EHole addr_of(EW *e, Node *n)
{
    n = unparen(n);
    if (!n || (n->kind == N_IDENT && n->name[0] == '_' && !n->name[1]))
        return discard_hole();
    switch (n->kind) {
    case N_IDENT: {
        ELoc *l = loc_of(n->obj);
        return l ? hole(l) : heap_hole();
    }
    case N_SELECTOR: {
        if (is_pkg_selector(n))
            return heap_hole();
        Selection s;
        if (n->x->type && lookup_field_or_method(n->x->type, 0, n->y->name, NULL, &s) == 1) {
            Type *holder;
            if (!path_derefs(n->x->type, &s, &holder))
                return addr_of(e, n->x);
        }
        discard(e, n->x);
        return heap_hole();
    }
    case N_INDEX: {
        Type *xu = U(n->x->type);
        if (xu && xu->kind == TY_MAP) {
            discard(e, n->x);
            expr_as(e, heap_hole(), n->y, xu->key, gpos(n->y));
            return heap_hole();
        }
        discard(e, n->y);
        if (xu && xu->kind == TY_ARRAY)
            return addr_of(e, n->x);
        discard(e, n->x);
        return heap_hole();
    }
    case N_STAR:
        discard(e, n->x);
        return heap_hole();
    default:
        discard(e, n);
        return heap_hole();
    }
}

static void reassigned(EHole *ks, Node **lhs, int n, Node *where)
{
    for (int i = 0; i < n; i++) {
        ELoc *l = ks[i].dst;
        if (!l || l == &E.heap || l == &E.blank)
            continue;
        if (where && where->kind != N_RANGE && l->defn == where)
            continue;
        (void)lhs;
        l->reassigned = 1;
    }
}

static Type *lhs_type(Node *l)
{
    l = unparen(l);
    return l ? l->type : NULL;
}

/* The field selection x.f through a pointer (ODOTPTR) rather than of a value (ODOT)? */
static int dot_kind(Node *n)
{
    if (n->kind == N_STAR)
        return 3;
    if (n->kind != N_SELECTOR || is_pkg_selector(n) || !n->x->type)
        return 0;
    Selection s;
    if (lookup_field_or_method(n->x->type, 0, n->y->name, NULL, &s) != 1)
        return 0;
    Type *holder;
    return path_derefs(n->x->type, &s, &holder) ? 2 : 1;
}

/* *p, or p.f with no embedded field on the way: the operand is p itself. */
static int direct_selection(Node *n)
{
    if (n->kind == N_STAR)
        return 1;
    Selection s;
    return n->kind == N_SELECTOR && n->x->type &&
           lookup_field_or_method(n->x->type, 0, n->y->name, NULL, &s) == 1 && s.npath == 1;
}

/* x.f and x.g select through the same embedded fields (go's x.A.f and
 * x.B.g have different operands). */
static int same_embedding(Node *a, Node *b)
{
    Selection sa, sb;
    if (!a->x->type || !b->x->type || lookup_field_or_method(a->x->type, 0, a->y->name, NULL, &sa) != 1 ||
        lookup_field_or_method(b->x->type, 0, b->y->name, NULL, &sb) != 1)
        return 0;
    if (sa.npath != sb.npath)
        return 0;
    for (int i = 0; i + 1 < sa.npath; i++)
        if (sa.path[i] != sb.path[i])
            return 0;
    return 1;
}

/* ir.SameSafeExpr */
static int same_safe(Node *a, Node *b)
{
    a = unparen(a);
    b = unparen(b);
    if (!a || !b || a->kind != b->kind)
        return 0;
    if (a->mode == M_CONST || b->mode == M_CONST) {
        if (a->mode != M_CONST || b->mode != M_CONST || !a->val || !b->val)
            return 0;
        return type_is_integer(etype(a)) && type_is_integer(etype(b)) &&
               const_int64(a->val) == const_int64(b->val);
    }
    switch (a->kind) {
    case N_IDENT:
        return a->obj && a->obj == b->obj;
    case N_SELECTOR:
        return a->y->name == b->y->name && dot_kind(a) == dot_kind(b) && same_embedding(a, b) &&
               same_safe(a->x, b->x);
    case N_STAR:
        return same_safe(a->x, b->x);
    case N_INDEX:
        return same_safe(a->x, b->x) && same_safe(a->y, b->y);
    default:
        return 0;
    }
}

/* mayAffectMemory */
static int may_affect_memory(Node *n)
{
    n = unparen(n);
    if (!n || n->mode == M_CONST || n->kind == N_IDENT)
        return 0;
    switch (n->kind) {
    case N_BINARY:
        return may_affect_memory(n->x) || may_affect_memory(n->y);
    case N_INDEX:
        return may_affect_memory(n->x) || may_affect_memory(n->y);
    case N_UNARY:
        return n->op == TK_ARROW || n->op == TK_AND || may_affect_memory(n->x);
    case N_SELECTOR: case N_STAR:
        return may_affect_memory(n->x);
    case N_CALL:
        if (unparen(n->x)->mode == M_TYPEXPR && n->list.n == 1)
            return may_affect_memory(n->list.v[0]);
        {
            Builtin bi;
            if (is_builtin_call(n, &bi) && (bi == BI_LEN || bi == BI_CAP) && n->list.n == 1)
                return may_affect_memory(n->list.v[0]);
        }
        return 1;
    default:
        return 1;
    }
}

/* isSelfAssign: an assignment that cannot change what escapes (go's
 * b.buf1 = b.buf2[1:2], x.f = x.g, a[i] = a[j]). */
static int self_assign(Node *dst, Node *src)
{
    dst = unparen(dst);
    src = unparen(src);
    /* isSliceSelfAssign */
    int dk = dot_kind(dst);
    if ((dk == 2 || dk == 3) && unparen(dst->x)->kind == N_IDENT && direct_selection(dst) &&
        src->kind == N_SLICE) {
        Node *sx = unparen(src->x);
        Type *xu = U(sx->type);
        int sk = dot_kind(sx);
        if (xu && xu->kind != TY_ARRAY && (sk == 2 || sk == 3) && unparen(sx->x)->kind == N_IDENT &&
            direct_selection(sx) && unparen(sx->x)->obj == unparen(dst->x)->obj)
            return 1;
    }
    if (dst->kind != src->kind)
        return 0;
    if (dst->kind == N_SELECTOR) {
        int k1 = dot_kind(dst), k2 = dot_kind(src);
        return k1 && k1 == k2 && same_embedding(dst, src) && same_safe(dst->x, src->x);
    }
    if (dst->kind == N_INDEX) {
        Type *xu = U(dst->x->type);
        if (!xu || xu->kind == TY_MAP || may_affect_memory(dst->y) || may_affect_memory(src->y))
            return 0;
        return same_safe(dst->x, src->x);
    }
    return 0;
}

/* go's name of a function in messages: f, (*T).m, T.m */
static void fn_display(EFn *f, Buf *b)
{
    while (f->outer)
        f = f->outer;
    Node *d = f->node;
    if (d->kind != N_FUNCDECL) {
        buf_puts(b, "init");
        return;
    }
    if (d->x) {
        Node *t = unparen(d->x->x);
        int ptr = t->kind == N_STAR;
        if (ptr)
            t = unparen(t->x);
        buf_printf(b, ptr ? "(*%s).%s" : "%s.%s", t->kind == N_IDENT ? t->name : "?", d->y->name);
        return;
    }
    buf_puts(b, d->y->name);
}

static void assign_list(EW *e, NodeList *lhs, NodeList *rhs, Node *where, Pos convpos, int useown)
{
    int n = lhs->n;
    EHole *ks = xcalloc((size_t)n + 1, sizeof *ks);
    for (int i = 0; i < n; i++)
        ks[i] = addr_of(e, lhs->v[i]);
    for (int i = 0; i < n; i++) {
        Node *src = i < rhs->n ? rhs->v[i] : NULL;
        if (!src)
            continue;
        Node *dst = unparen(lhs->v[i]);
        EHole k = ks[i];
        /* x.f = x.g and friends: a self-assignment moves nothing */
        if (dst && src && self_assign(dst, unparen(src))) {
            if (E.report && e->fn->report && where && where->kind == N_ASSIGN) {
                Buf b = {0}, st = {0};
                fn_display(e->fn, &b);
                expr_fmt(&st, dst, 0);
                buf_puts(&st, " = ");
                expr_fmt(&st, src, 0);
                buf_putc(&b, 0);
                buf_putc(&st, 0);
                fprintf(E.report, "%s:%d:%d: %s ignoring self-assignment in %s\n", E.filename, where->pos.line,
                        where->pos.col, b.s, st.s);
                buf_free(&b);
                buf_free(&st);
            }
            k = discard_hole();
        }
        Type *lt = dst && !(dst->kind == N_IDENT && dst->name[0] == '_' && !dst->name[1]) ? lhs_type(dst) : NULL;
        expr_as(e, k, src, lt, useown ? gpos(src) : convpos);
    }
    reassigned(ks, lhs->v, n, where);
    free(ks);
}

static void dcl(EW *e, Node *id)
{
    id = unparen(id);
    if (id && id->kind == N_IDENT) {
        ELoc *l = loc_of(id->obj);
        if (l && l->defn)
            l->loopdepth = e->loopdepth;
    }
}

static void assign_stmt(EW *e, Node *s)
{
    if (s->op == TK_DEFINE)
        for (int i = 0; i < s->list.n; i++) {
            Node *id = s->list.v[i];
            ELoc *l = id->kind == N_IDENT ? loc_of(id->obj) : NULL;
            if (l && l->defn == s)
                dcl(e, id);
        }
    if (s->list.n > 1 && s->list2.n == 1) {
        Node *r = unparen(s->list2.v[0]);
        int n = s->list.n;
        EHole *ks = xcalloc((size_t)n, sizeof *ks);
        for (int i = 0; i < n; i++)
            ks[i] = addr_of(e, s->list.v[i]);
        if (is_tuple_call(r) && r->kind == N_CALL)
            call(e, ks, n, r);
        else    /* v, ok = m[k], x.(T), <-c: go converts after escape analysis */
            expr(e, ks[0], r);
        reassigned(ks, s->list.v, n, s);
        free(ks);
        return;
    }
    Pos p = ast_start(s->list.v[0]);
    if (s->list.n > 1) {    /* go converts with the position of the last left operand */
        p = ast_start(s->list.v[s->list.n - 1]);
    }
    assign_list(e, &s->list, &s->list2, s, p, 0);
}

static void valuespec(EW *e, Node *spec)
{
    for (int i = 0; i < spec->list.n; i++)
        dcl(e, spec->list.v[i]);
    if (!spec->list2.n)
        return;
    if (spec->list.n > 1 && spec->list2.n == 1) {
        int n = spec->list.n;
        EHole *ks = xcalloc((size_t)n, sizeof *ks);
        for (int i = 0; i < n; i++)
            ks[i] = addr_of(e, spec->list.v[i]);
        Node *r = unparen(spec->list2.v[0]);
        if (is_tuple_call(r) && r->kind == N_CALL)
            call(e, ks, n, r);
        else
            expr(e, ks[0], r);
        reassigned(ks, spec->list.v, n, spec);
        free(ks);
        return;
    }
    for (int i = 0; i < spec->list.n && i < spec->list2.n; i++) {
        EHole k = addr_of(e, spec->list.v[i]);
        Node *id = spec->list.v[i];
        expr_as(e, k, spec->list2.v[i], id->obj ? id->obj->type : NULL, name_pos_or(spec->list2.v[i], id->pos));
        ELoc *l = loc_of(id->obj);
        if (l && l->defn != spec)
            l->reassigned = 1;
    }
}

static int label_looping(EW *e, const char *name)
{
    for (int i = 0; i < e->labels.n; i++)
        if (e->labels.v[i] == name)
            return 1;
    return 0;
}

static void stmt(EW *e, Node *s)
{
    if (!s)
        return;
    switch (s->kind) {
    case N_EMPTY: case N_BRANCH:
        return;
    case N_BLOCK:
        block(e, &s->list);
        return;
    case N_LABELED:
        if (label_looping(e, s->x->name))
            e->loopdepth++;
        stmt(e, s->y);
        return;
    case N_EXPRSTMT: {
        Node *x = unparen(s->x);
        if (x->kind == N_CALL)
            call(e, NULL, 0, x);
        else
            discard(e, x);
        return;
    }
    case N_SEND: {
        discard(e, s->x);
        Type *ct = U(s->x->type);
        expr_as(e, heap_hole(), s->y, ct ? ct->elem : NULL, name_pos_or(s->y, ast_start(s->x)));
        return;
    }
    case N_INCDEC: {
        EHole k = addr_of(e, s->x);
        Node *lhs[1] = {s->x};
        reassigned(&k, lhs, 1, s);
        return;
    }
    case N_ASSIGN:
        if (s->op != TK_DEFINE && s->op != TK_ASSIGN) {
            /* x op= y */
            EHole k = addr_of(e, s->list.v[0]);
            expr(e, k, s->list2.v[0]);
            Node *lhs[1] = {s->list.v[0]};
            reassigned(&k, lhs, 1, s);
            return;
        }
        assign_stmt(e, s);
        return;
    case N_DECLSTMT: {
        Node *g = s->x;
        if (g->op != TK_VAR)
            return;
        for (int i = 0; i < g->list.n; i++)
            valuespec(e, g->list.v[i]);
        return;
    }
    case N_GO: case N_DEFER:
        go_defer(e, s);
        return;
    case N_RETURN: {
        EFn *f = e->fn;
        if (!s->list.n)
            return;
        if (s->list.n == 1 && f->nresults > 1) {
            EHole *ks = xcalloc((size_t)f->nresults, sizeof *ks);
            for (int i = 0; i < f->nresults; i++)
                ks[i] = hole(f->results[i]);
            call(e, ks, f->nresults, s->list.v[0]);
            free(ks);
            return;
        }
        for (int i = 0; i < s->list.n && i < f->nresults; i++) {
            ELoc *r = f->results[i];
            Type *rt = r->var ? r->var->type : NULL;
            if (!rt) {
                Type *sig = f->node->kind == N_FUNCDECL ? (f->obj ? f->obj->type : NULL) : f->node->type;
                Type *u = U(sig);
                if (u && u->results && i < u->results->nfields)
                    rt = u->results->fields[i].type;
            }
            expr_as(e, hole(r), s->list.v[i], rt, gpos(s->list.v[i]));
        }
        return;
    }
    case N_IF: {
        int old = e->loopdepth;
        stmt(e, s->x);
        discard(e, s->y);
        int cc = const_cond(s->y);  /* go drops a constant condition's dead branch first */
        if (cc != 0)
            stmt(e, s->z);
        if (cc != 1)
            stmt(e, s->w);
        e->loopdepth = old;
        return;
    }
    case N_FOR: {
        int old = e->loopdepth;
        stmt(e, s->x);
        e->loopdepth++;
        discard(e, s->y);
        stmt(e, s->z);
        stmt(e, s->w);
        e->loopdepth = old;
        return;
    }
    case N_RANGE: {
        int old = e->loopdepth;
        ELoc *tmp = new_loc(e, NULL, NULL, SITE_NONE, s->pos, 0);
        expr(e, hole(tmp), s->z);
        if (s->op == TK_DEFINE) {
            /* one key and one value per execution of the range statement:
             * declared at its depth, outside its own loop */
            dcl(e, s->x);
            dcl(e, s->y);
        }
        e->loopdepth++;
        EHole ks[2] = {discard_hole(), discard_hole()};
        Node *lhs[2] = {s->x, s->y};
        if (s->x)
            ks[0] = addr_of(e, s->x);
        if (s->y)
            ks[1] = addr_of(e, s->y);
        Type *zu = U(etype(s->z));
        if (zu && zu->kind == TY_ARRAY)
            flow(ks[1], tmp);
        else
            flow(shift(ks[1], 1), tmp);
        reassigned(ks, lhs, 2, s);
        stmt(e, s->w);
        e->loopdepth = old;
        return;
    }
    case N_SWITCH: {
        int old = e->loopdepth;
        stmt(e, s->x);
        Type *tt = s->y ? etype(s->y) : NULL;
        discard(e, s->y);
        for (int i = 0; i < s->list.n; i++) {
            Node *cs = s->list.v[i];
            for (int j = 0; j < cs->list.n; j++)
                expr_as(e, discard_hole(), cs->list.v[j], tt, gpos(cs->list.v[j]));
            block(e, &cs->list2);
        }
        e->loopdepth = old;
        return;
    }
    case N_TYPESWITCH: {
        int old = e->loopdepth;
        stmt(e, s->x);
        Node *guard = s->z;     /* x.(type) */
        EHole *ks = xcalloc((size_t)s->list.n + 1, sizeof *ks);
        int nk = 0;
        for (int i = 0; i < s->list.n; i++) {
            Node *cs = s->list.v[i];
            ELoc *l = cs->obj ? loc_of(cs->obj) : NULL;
            if (!l)
                continue;
            l->loopdepth = e->loopdepth;
            Type *ct = cs->obj->type;
            if (type_has_pointers(ct)) {
                EHole k = hole(l);
                if (!is_iface(ct) && !direct_iface(ct))
                    k = shift(k, 1);
                ks[nk++] = k;
            }
        }
        expr(e, tee(e, ks, nk), guard->x);
        free(ks);
        for (int i = 0; i < s->list.n; i++)
            block(e, &s->list.v[i]->list2);
        e->loopdepth = old;
        return;
    }
    case N_SELECT:
        for (int i = 0; i < s->list.n; i++) {
            Node *cc = s->list.v[i];
            stmt(e, cc->x);
            block(e, &cc->list2);
        }
        return;
    default:
        return;
    }
}

/* The statements go's deadcode pass keeps: those after an if whose
 * constant condition leads to a return or panic are gone (unless a label
 * follows). */
static int live_count(NodeList *l)
{
    int lastlabel = -1;
    for (int i = 0; i < l->n; i++)
        if (l->v[i]->kind == N_LABELED)
            lastlabel = i;
    for (int i = 0; i < l->n; i++) {
        Node *s = l->v[i];
        if (s->kind != N_IF || s->x || i <= lastlabel)
            continue;
        int cc = const_cond(s->y);
        if (cc < 0)
            continue;
        Node *taken = cc ? s->z : s->w;
        if (ends_in_exit(taken))
            return i + 1;
    }
    return l->n;
}

static void block(EW *e, NodeList *l)
{
    int old = e->loopdepth;
    int n = live_count(l);
    for (int i = 0; i < n; i++)
        stmt(e, l->v[i]);
    e->loopdepth = old;
}

/* Labels a later goto jumps back to make a loop (walkFunc's pre-pass). */
static void find_labels(Node *n, PtrVec *seen, PtrVec *looping)
{
    if (!n || n->kind == N_FUNCLIT)
        return;
    if (n->kind == N_LABELED)
        vec_push(seen, (void *)n->x->name);
    if (n->kind == N_BRANCH && n->op == TK_GOTO && n->x) {
        for (int i = 0; i < seen->n; i++)
            if (seen->v[i] == n->x->name)
                vec_push(looping, (void *)n->x->name);
    }
    find_labels(n->x, seen, looping);
    find_labels(n->y, seen, looping);
    find_labels(n->z, seen, looping);
    find_labels(n->w, seen, looping);
    for (int i = 0; i < n->list.n; i++)
        find_labels(n->list.v[i], seen, looping);
    for (int i = 0; i < n->list2.n; i++)
        find_labels(n->list2.v[i], seen, looping);
}

static void walk_fn(EFn *f)
{
    EW e_ = {f, 1, {0}}, *e = &e_;
    PtrVec seen = {0};
    find_labels(f->body, &seen, &e->labels);
    free(seen.v);
    block(e, &f->body->list);
    free(e->labels.v);
}

/* ------------------------------------------------------------------ */
/* the batch: Tarjan's components, captures, solving (solve.go) */

static int outlives(ELoc *l, ELoc *other)
{
    if (l->escapes)
        return 1;
    if (l->resultidx) {
        /* a directly called closure returns into its caller's frame */
        if (other->fn && contains_closure(other->fn, l->fn) && l->fn->closure_called)
            return 0;
        return 1;
    }
    if (l->fn == other->fn && l->loopdepth < other->loopdepth)
        return 1;
    if (contains_closure(l->fn, other->fn))
        return 1;
    return 0;
}

static void leak_to(ELoc *l, ELoc *sink, int derefs)
{
    if (!sink->escapes && sink->resultidx && sink->fn == l->fn) {
        int ri = sink->resultidx - 1;
        if (ri < NRESULTS) {
            uint8_t *v = &l->leaks[1 + ri];
            if (!*v || derefs + 1 < *v)
                *v = (uint8_t)(derefs + 1 > 255 ? 255 : derefs + 1);
            return;
        }
    }
    if (!l->leaks[0] || derefs + 1 < l->leaks[0])
        l->leaks[0] = (uint8_t)(derefs + 1 > 255 ? 255 : derefs + 1);
}

static PtrVec roots;    /* locations to walk from (walkAll's queue) */

static void enqueue(ELoc *l)
{
    if (!l->queued) {
        vec_push(&roots, l);
        l->queued = 1;
    }
}

static void walk_one(ELoc *root, uint32_t walkgen)
{
    root->walkgen = walkgen;
    root->derefs = 0;
    PtrVec work = {0};     /* LIFO, as go's walkOne */
    vec_push(&work, root);
    while (work.n) {
        ELoc *l = work.v[--work.n];
        int derefs = l->derefs;
        int addressof = derefs < 0;
        if (addressof) {
            derefs = 0;
            if (!root->transient && l->transient) {
                l->transient = 0;
                enqueue(l);
            }
        }
        if (outlives(root, l)) {
            if (l->isparam)
                leak_to(l, root, derefs);
            if (addressof && !l->escapes) {
                l->escapes = 1;
                enqueue(l);
                continue;
            }
        }
        for (int i = 0; i < l->nedges; i++) {
            EEdge *ed = &l->edges[i];
            if (ed->src->escapes)
                continue;
            int d = derefs + ed->derefs;
            if (ed->src->walkgen != walkgen || ed->src->derefs > d) {
                ed->src->walkgen = walkgen;
                ed->src->derefs = d;
                vec_push(&work, ed->src);
            }
        }
    }
    free(work.v);
}

static void walk_all(int from)
{
    static uint32_t walkgen;
    for (int i = from; i < E.alllocs.n; i++)
        enqueue(E.alllocs.v[i]);
    enqueue(&E.heap);
    while (roots.n) {
        ELoc *root = roots.v[--roots.n];
        root->queued = 0;
        walk_one(root, ++walkgen);
    }
}

/* The outer variables a function literal uses, in order of first use. */
static void find_captures(EFn *cf, Node *n)
{
    if (!n)
        return;
    if (n->kind == N_IDENT && is_local(n->obj) && n->obj->esc_loc) {
        ELoc *l = n->obj->esc_loc;
        if (l->fn != cf && !contains_closure(cf, l->fn)) {
            for (int i = 0; i < cf->captures.n; i++)
                if (cf->captures.v[i] == l)
                    return;
            vec_push(&cf->captures, l);
        }
        return;
    }
    find_captures(cf, n->x);
    find_captures(cf, n->y);
    find_captures(cf, n->z);
    find_captures(cf, n->w);
    for (int i = 0; i < n->list.n; i++)
        find_captures(cf, n->list.v[i]);
    for (int i = 0; i < n->list2.n; i++)
        find_captures(cf, n->list2.v[i]);
}

static void report(Pos pos, const char *fmt, const char *a, const char *b, int lv)
{
    fprintf(E.report, "%s:%d:%d: ", E.filename, pos.line, pos.col);
    fprintf(E.report, fmt, a, b, lv);
    fputc('\n', E.report);
}

static const char *loc_text(ELoc *l, Buf *b)
{
    b->n = 0;
    switch (l->site) {
    case SITE_DOTS: case SITE_WDOTS: return "... argument";
    case SITE_FUNCLIT: return "func literal";
    case SITE_PTRLIT:
        expr_fmt(b, l->n, 0);
        break;
    default:
        expr_fmt(b, l->n, 0);
        break;
    }
    buf_putc(b, 0);
    return b->s;
}

static int heap_reason(ELoc *l)
{
    if (l->var) {
        if (l->isparam || l->resultidx)
            return 0;
        return type_size(l->var->type) > MAX_STACK_VAR;
    }
    Node *n = l->n;
    if (!n)
        return 0;
    if (l->site == SITE_FUNCLIT || l->site == SITE_DOTS || l->site == SITE_WDOTS || l->site == SITE_WRAPPER ||
        l->site == SITE_CONV)
        return 0;
    Builtin bi;
    if (n->kind == N_CALL && is_builtin_call(n, &bi)) {
        if (bi == BI_NEW)
            return type_size(U(n->type)->elem) > MAX_IMPLICIT;
        if (bi == BI_MAKE && U(n->type)->kind == TY_SLICE) {
            Node *r = n->list.n > 2 ? n->list.v[2] : n->list.n > 1 ? n->list.v[1] : NULL;
            if (!r || r->mode != M_CONST || !r->val)
                return 1;
            int64_t cnt = const_int64(r->val);
            int64_t es = type_size(U(n->type)->elem);
            if (cnt < 0 || (es && cnt > MAX_IMPLICIT / es))
                return 1;
        }
        return 0;
    }
    if (n->kind == N_UNARY || l->site == SITE_PTRLIT) {
        Type *t = U(n->type);
        if (t && t->kind == TY_POINTER && type_size(t->elem) > MAX_IMPLICIT)
            return 1;
    }
    if (n->kind == N_COMPOSITE && U(n->type)->kind == TY_SLICE) {
        /* the backing array of a slice literal */
        int64_t cnt = n->list.n;
        int64_t es = type_size(U(n->type)->elem);
        if (es && cnt * es > MAX_IMPLICIT)
            return 1;
    }
    return 0;
}

static void param_tags(EFn *f)
{
    for (int i = 0; i < f->nparams; i++) {
        ELoc *l = f->params[i];
        memset(f->tags[i], 0, sizeof f->tags[i]);
        if (!l || !type_has_pointers(f->ptypes[i]))
            continue;
        /* Optimize: a heap leak makes result leaks at least as deep redundant */
        if (l->leaks[0])
            for (int r = 0; r < NRESULTS; r++)
                if (l->leaks[1 + r] && l->leaks[1 + r] >= l->leaks[0])
                    l->leaks[1 + r] = 0;
        memcpy(f->tags[i], l->leaks, sizeof l->leaks);
        if (l->escapes) {
            f->tags[i][0] = 1;  /* moved to heap: its value is the heap's */
            continue;
        }
        if (!f->report)
            continue;
        const char *name = l->var->name;
        int empty = 1;
        for (int r = 0; r <= NRESULTS; r++)
            if (l->leaks[r])
                empty = 0;
        if (empty)
            report(l->pos, "%s does not escape", name, NULL, 0);
        if (l->leaks[0])
            report(l->pos, l->leaks[0] == 1 ? "leaking param: %s" : "leaking param content: %s", name,
                   NULL, 0);
        for (int r = 0; r < NRESULTS; r++)
            if (l->leaks[1 + r] && r < f->nresults) {
                ELoc *res = f->results[r];
                const char *rn = res->var ? res->var->name : res->rname;
                report(l->pos, "leaking param: %s to result %s level=%d", name, rn, l->leaks[1 + r] - 1);
            }
    }
}

static void finish(EFn **fns, int nfns, int from)
{
    for (int i = 0; i < nfns; i++)
        param_tags(fns[i]);
    Buf b = {0};
    for (int i = from; i < E.alllocs.n; i++) {
        ELoc *l = E.alllocs.v[i];
        if (!l->var && !l->n)
            continue;
        if (l->var) {
            if (l->escapes)
                l->var->esc_heap = 1;
            if (l->escapes && l->fn->report)
                report(l->pos, "moved to heap: %s", l->var->name, NULL, 0);
            continue;
        }
        if (l->site == SITE_WRAPPER || l->site == SITE_NONE)
            continue;
        if (!l->escapes) {
            if (l->site == SITE_CONV)
                l->n->flags |= NF_NOESC_CONV;
            else if (l->site != SITE_WDOTS)     /* SITE_DOTS marks the call: its ... slice */
                l->n->flags |= NF_NOESC;
        }
        if (!l->fn->report)
            continue;
        report(l->pos, l->escapes ? "%s escapes to heap" : "%s does not escape", loc_text(l, &b), NULL, 0);
    }
    buf_free(&b);
}

static void analyse_batch(EFn **fns, int n)
{
    E.batchno++;
    int from = E.alllocs.n;
    for (int i = 0; i < n; i++) {
        fns[i]->batch = E.batchno;
        fns[i]->state = 1;
    }
    for (int i = 0; i < n; i++)
        init_fn(fns[i]);
    for (int i = 0; i < n; i++)
        if (fns[i]->node->kind == N_FUNCLIT)
            find_captures(fns[i], fns[i]->body);
    for (int i = 0; i < n; i++)
        if (fns[i]->pkginit) {
            pkginit_walk(fns[i]);
        } else if (fns[i]->node->kind != N_FUNCLIT) {
            walk_fn(fns[i]);
        }
    /* captured variables flow into their closures (flowClosure) */
    for (int i = 0; i < E.closures.n; i++) {
        EClo *c = E.closures.v[i];
        for (int j = 0; j < c->fn->captures.n; j++) {
            ELoc *l = c->fn->captures.v[j];
            Type *t = l->var ? l->var->type : NULL;
            int byval = !l->addrtaken && !l->reassigned && t && type_size(t) <= 128;
            flow(byval ? c->k : shift(c->k, -1), l);
        }
    }
    for (int i = from; i < E.alllocs.n; i++) {
        ELoc *l = E.alllocs.v[i];
        if (heap_reason(l))
            flow(shift(heap_hole(), -1), l);
    }
    walk_all(from);
    /* golite's closures always hold their variables by reference (a box):
     * a variable that go captures by value still cannot stay in the frame
     * if a closure capturing it escapes */
    for (int i = 0; i < E.closures.n; i++) {
        EClo *c = E.closures.v[i];
        if (c->k.dst->escapes)
            for (int j = 0; j < c->fn->captures.n; j++) {
                ELoc *l = c->fn->captures.v[j];
                if (l->var)
                    l->var->esc_heap = 1;
            }
    }
    E.closures.n = 0;
    finish(fns, n, from);
    for (int i = 0; i < n; i++) {
        fns[i]->state = 2;
        fns[i]->batch = 0;
    }
    for (int i = from; i < E.alllocs.n; i++) {
        ELoc *l = E.alllocs.v[i];
        free(l->edges);
        l->edges = NULL;
        l->nedges = l->capedges = 0;
    }
}

/* References from a function to other functions (VisitFuncsBottomUp). */
static uint32_t visit(EFn *f);

static void visit_refs(EFn *f, Node *n, uint32_t *min)
{
    if (!n)
        return;
    EFn *to = NULL;
    if (n->kind == N_IF && const_cond(n->y) >= 0) {
        visit_refs(f, n->x, min);
        visit_refs(f, const_cond(n->y) ? n->z : n->w, min);
        return;
    }
    if (n->kind == N_BLOCK) {
        int live = live_count(&n->list);
        for (int i = 0; i < live; i++)
            visit_refs(f, n->list.v[i], min);
        return;
    }
    switch (n->kind) {
    case N_FUNCLIT: {
        EFn *cf = fn_lookup(n);
        if (!cf)
            cf = fn_of_node(n, f);
        uint32_t m = visit(cf);
        if (m < *min)
            *min = m;
        return;
    }
    case N_IDENT:
        if (n->obj && n->obj->kind == OBJ_FUNC)
            to = fn_of_obj(n->obj);
        break;
    case N_CALL:
        if (n->flags & NF_DEVIRT) {
            Selection ds;
            if (devirt_type(top_body(f), n, &ds) && ds.method->func)
                to = fn_of_obj(ds.method->func);
        }
        break;
    case N_SELECTOR:
        if (is_pkg_selector(n)) {
            Object *o = n->y->obj ? n->y->obj : n->obj;
            if (o && o->kind == OBJ_FUNC)
                to = fn_of_obj(o);
            break;
        }
        if (n->x->type && n->x->mode != M_BUILTIN) {
            Selection s;
            if (lookup_field_or_method(n->x->type, 0, n->y->name, NULL, &s) == 2 && s.method->func)
                to = fn_of_obj(s.method->func);
        }
        break;
    default:
        break;
    }
    if (to) {
        uint32_t m = visit(to);
        if (m < *min)
            *min = m;
    }
    visit_refs(f, n->x, min);
    if (n->kind != N_SELECTOR)
        visit_refs(f, n->y, min);
    visit_refs(f, n->z, min);
    visit_refs(f, n->w, min);
    for (int i = 0; i < n->list.n; i++)
        visit_refs(f, n->list.v[i], min);
    for (int i = 0; i < n->list2.n; i++)
        visit_refs(f, n->list2.v[i], min);
}

static uint32_t visit(EFn *f)
{
    if (f->id)
        return f->id;
    uint32_t id = ++E.visitgen;
    f->id = id;
    uint32_t min = ++E.visitgen;
    vec_push(&E.stack, f);
    visit_refs(f, f->body, &min);
    if ((min == id || min == id + 1) && f->node->kind != N_FUNCLIT) {
        int i;
        for (i = E.stack.n - 1; i >= 0; i--) {
            EFn *x = E.stack.v[i];
            x->id = UINT32_MAX;
            if (x == f)
                break;
        }
        int n = E.stack.n - i;
        EFn **blk = xcalloc((size_t)n, sizeof *blk);
        memcpy(blk, &E.stack.v[i], (size_t)n * sizeof *blk);
        E.stack.n = i;
        analyse_batch(blk, n);
        free(blk);
    }
    return min;
}

/* Does a package variable's initializer become static data (go's
 * staticinit), leaving nothing for the init function to allocate? */
static int static_init(Node *v)
{
    v = unparen(v);
    if (!v || v->mode == M_CONST || v->mode == M_NILVALUE || v->kind == N_FUNCLIT)
        return 1;
    if (v->kind == N_IDENT && v->obj && v->obj->kind == OBJ_FUNC)
        return 1;
    if (v->kind == N_IDENT && v->obj && v->obj->is_global && v->obj->kind == OBJ_VAR) {
        /* a copy of another package variable's static value (staticcopy) */
        Node *init = v->obj->init;
        return !init || (unparen(init) != v && init->kind != N_CALL && static_init(init));
    }
    if (v->kind == N_UNARY && v->op == TK_AND) {
        Node *x = unparen(v->x);
        if (x->kind == N_IDENT && x->obj && x->obj->is_global)
            return 1;
        return x->kind == N_COMPOSITE && static_init(x);
    }
    if (v->kind == N_COMPOSITE) {
        Type *u = U(v->type);
        if (!u || u->kind == TY_MAP)
            return 0;
        for (int i = 0; i < v->list.n; i++) {
            Node *el = v->list.v[i];
            if (!static_init(el->kind == N_KEYVALUE ? el->y : el))
                return 0;
        }
        return 1;
    }
    return 0;
}

/* A package variable's initializer: composite literals become static data
 * (staticinit), what is dynamic inside them is assigned by the package's
 * init function and so flows to the heap. */
static void pkginit_value(EW *e, Node *v, Type *t, Pos convpos)
{
    Node *u = unparen(v);
    if (!u || (static_init(u) && !(u->kind == N_COMPOSITE || (u->kind == N_UNARY && u->op == TK_AND))))
        return;
    if (u->kind == N_UNARY && u->op == TK_AND && unparen(u->x)->kind == N_COMPOSITE)
        u = unparen(u->x);
    if (u->kind == N_COMPOSITE && U(u->type) && U(u->type)->kind != TY_MAP) {
        Type *ut = U(u->type);
        if (ut->kind == TY_POINTER)
            ut = U(ut->elem);
        for (int i = 0; i < u->list.n; i++) {
            Node *el = u->list.v[i];
            Node *val = el->kind == N_KEYVALUE ? el->y : el;
            Type *et = NULL;
            if (ut->kind == TY_STRUCT) {
                if (el->kind == N_KEYVALUE) {
                    for (int f = 0; f < ut->nfields; f++)
                        if (ut->fields[f].name == el->x->name)
                            et = ut->fields[f].type;
                } else if (i < ut->nfields) {
                    et = ut->fields[i].type;
                }
            } else {
                et = ut->elem;
            }
            pkginit_value(e, val, et, gpos(val));
        }
        return;
    }
    expr_as(e, heap_hole(), v, t, convpos);
}

static void pkginit_walk(EFn *f)
{
    EW e_ = {f, 1, {0}}, *e = &e_;
    for (int i = 0; i < f->body->list.n; i++) {
        Node *spec = f->body->list.v[i];
        if (spec->list.n > 1 && spec->list2.n == 1) {
            EHole *ks = xcalloc((size_t)spec->list.n, sizeof *ks);
            for (int j = 0; j < spec->list.n; j++)
                ks[j] = heap_hole();
            call(e, ks, spec->list.n, spec->list2.v[0]);
            free(ks);
            continue;
        }
        for (int j = 0; j < spec->list.n && j < spec->list2.n; j++) {
            Node *id = spec->list.v[j];
            pkginit_value(e, spec->list2.v[j], id->obj ? id->obj->type : NULL,
                          name_pos_or(spec->list2.v[j], id->pos));
        }
    }
}

/* Package variables' initializers: go analyses the package's init
 * function after every other function. */
static void package_init(Node *file)
{
    Node *body = node_new(E.arena, N_BLOCK, file->pos);
    for (int i = 0; i < file->list.n; i++) {
        Node *d = file->list.v[i];
        if (d->kind != N_GENDECL || d->op != TK_VAR)
            continue;
        for (int j = 0; j < d->list.n; j++)
            if (d->list.v[j]->list2.n)
                list_add(E.arena, &body->list, d->list.v[j]);
    }
    if (!body->list.n)
        return;
    EFn *f = arena_alloc(E.arena, sizeof *f);
    f->node = body;
    f->ftype = node_new(E.arena, N_FUNCTYPE, file->pos);
    f->body = node_new(E.arena, N_BLOCK, file->pos);   /* no locals */
    f->pkginit = 1;
    f->report = E.report != NULL;
    f->params = arena_alloc(E.arena, sizeof(ELoc *));
    f->ptypes = arena_alloc(E.arena, sizeof(Type *));
    f->tags = arena_alloc(E.arena, sizeof *f->tags);
    f->results = arena_alloc(E.arena, sizeof(ELoc *));
    uint32_t min = UINT32_MAX;
    f->id = UINT32_MAX;
    visit_refs(f, body, &min);      /* what it calls is analysed first */
    f->body = body;
    analyse_batch(&f, 1);
}

void escape_analyze(Checker *c, Node *file, const char *filename, FILE *rep)
{
    memset(&E, 0, sizeof E);
    E.c = c;
    E.arena = c->arena;
    E.report = rep;
    E.filename = filename;
    E.mainpkg = c->pkg;
    E.heap.escapes = 1;
    E.heap.fn = NULL;
    T_any_iface();
    for (int i = 0; i < file->list.n; i++) {
        Node *d = file->list.v[i];
        if (d->kind == N_FUNCDECL && d->w && d->y->obj)
            devirt_walk(d->w, d->w, d->y->name);
    }
    for (int i = 0; i < file->list.n; i++) {
        Node *d = file->list.v[i];
        if (d->kind == N_FUNCDECL && d->w && d->y->obj)
            visit(fn_of_node(d, NULL));
    }
    package_init(file);
    for (int i = 0; i < E.alllocs.n; i++)     /* package_init's locations keep theirs */
        free(((ELoc *)E.alllocs.v[i])->edges);
    free(E.heap.edges);
    free(E.blank.edges);
    E.heap.edges = E.blank.edges = NULL;
    E.heap.nedges = E.heap.capedges = E.blank.nedges = E.blank.capedges = 0;
    free(E.alllocs.v);
    free(E.closures.v);
    free(E.stack.v);
    free(roots.v);
    roots = (PtrVec){0};
    free(E.fkeys);
    free(E.fvals);
    for (int i = 0; i < E.allfns.n; i++)
        free(((EFn *)E.allfns.v[i])->captures.v);
    free(E.allfns.v);
    if (rep)
        fflush(rep);
}
