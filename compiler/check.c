/*
 * check.c — the checker's driver: package-level declarations, lazy
 * resolution in dependency order, function bodies, unused imports and
 * variables, and package variable initialization order.
 *
 * Resolution is lazy, as in types2: every package-level name is declared
 * first (collect_objects), then each object is resolved on first use or in
 * source order, whichever comes first. An object being resolved is marked
 * OS_RESOLVING; meeting it again means a cycle. Type names get their Named
 * type before their underlying type is checked, so recursive types through
 * pointers, slices, maps, channels and functions resolve naturally.
 *
 * Function bodies are checked after all package-level declarations, so a
 * body sees complete types. The checker's context (scope, function, iota,
 * object under resolution) is saved and restored around every nested
 * resolution.
 *
 * Standard packages go further (stdpkg.c): their names are declared from
 * the embedded declarations' headers and an object is resolved only when
 * first used, in its package's context (check_std_obj), its declaration
 * rebuilt then; nothing else of the package is resolved. Their bodies are
 * checked when needed (check_lazy_body), and never while a declaration is
 * half resolved: such work waits in std_work until std_depth is 0.
 */
#include "compiler/check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/flow.h"

/* Errors. */

static void report(Checker *c, Pos pos, const char *fmt, va_list ap)
{
    char *msg = xvasprintf(fmt, ap);
    if (c->errpos.line)
        pos = c->errpos;
    /* types2's cheap trick: once an error is out, one that mentions an "invalid
     * operand" or "invalid type" past its start is a follow-on error, dropped */
    const char *io = strstr(msg, "invalid operand"), *it = strstr(msg, "invalid type");
    if (!(c->nerrors > 0 && ((io && io > msg) || (it && it > msg)))) {
        diag_error(c->diag, pos, "%s", msg);
        c->nerrors++;
    }
    free(msg);
}

void check_error(Checker *c, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(c, pos, fmt, ap);
    va_end(ap);
}

/* types2's soft errors (unused names, missing bodies) do not invalidate operands;
 * they are reported the same way. */
void check_soft_error(Checker *c, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(c, pos, fmt, ap);
    va_end(ap);
}

const char *expr_str(Checker *c, Node *e)
{
    Buf b = {0};
    ast_expr_string(&b, e);
    const char *s = arena_strndup(c->arena, b.s ? b.s : "", b.n);
    buf_free(&b);
    return s;
}

const char *tstr(Checker *c, Type *t)
{
    return type_str(c->arena, t, c->pkg);
}

static const char *const mode_names[] = {
    [M_INVALID] = "invalid operand", [M_NOVALUE] = "no value", [M_BUILTIN] = "built-in",
    [M_TYPEXPR] = "type", [M_CONST] = "constant", [M_VAR] = "variable",
    [M_MAPINDEX] = "map index expression", [M_VALUE] = "value", [M_NILVALUE] = "nil",
    [M_COMMAOK] = "comma, ok expression",
};

/* types2's operandString: "x (variable of type int)", "1 (untyped int constant)". */
const char *operand_string(Checker *c, Operand *x)
{
    if (x->mode == M_NILVALUE || (x->mode == M_VALUE && x->type && x->type->kind == TY_UNTYPED_NIL)) {
        if (!x->type || x->type->kind == TY_UNTYPED_NIL)
            return "nil";
        return xasprintf_arena(c, "nil (of type %s)", tstr(c, x->type));
    }
    Buf b = {0};
    const char *expr = NULL;
    Buf vb = {0};
    if (x->expr) {
        expr = expr_str(c, x->expr);
    } else if (x->mode == M_BUILTIN) {
        expr = builtin_name(x->id);
    } else if (x->mode == M_TYPEXPR) {
        expr = tstr(c, x->type);
    } else if (x->mode == M_CONST) {
        const_string_go(&vb, x->val);
        expr = arena_strndup(c->arena, vb.s, vb.n);
    }
    if (expr && *expr) {
        buf_puts(&b, expr);
        buf_puts(&b, " (");
    }
    int has_type = 0;
    switch (x->mode) {
    case M_INVALID: case M_NOVALUE: case M_BUILTIN: case M_TYPEXPR:
        break;
    default:
        if (x->type) {
            if (type_is_untyped(x->type)) {
                buf_puts(&b, x->type->basic_name);
                buf_putc(&b, ' ');
                break;
            }
            has_type = 1;
        }
    }
    buf_puts(&b, mode_names[x->mode]);
    if (x->mode == M_CONST && x->val) {
        Buf s = {0};
        const_string_go(&s, x->val);
        if (!expr || strcmp(s.s ? s.s : "", expr) != 0) {
            buf_putc(&b, ' ');
            buf_puts(&b, s.s ? s.s : "");
        }
        buf_free(&s);
    }
    if (has_type) {
        if (x->type->kind != TY_INVALID) {
            buf_puts(&b, " of type ");
            type_string(&b, x->type, c->pkg);
        } else {
            buf_puts(&b, " with invalid type");
        }
    }
    if (expr && *expr)
        buf_putc(&b, ')');
    const char *s = arena_strndup(c->arena, b.s ? b.s : "", b.n);
    buf_free(&b);
    buf_free(&vb);
    return s;
}

const char *xasprintf_arena(Checker *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *m = xvasprintf(fmt, ap);
    va_end(ap);
    const char *s = arena_strndup(c->arena, m, strlen(m));
    free(m);
    return s;
}

/* Scopes and names. */

void declare(Checker *c, Scope *s, Node *ident, Object *obj)
{
    if (ident)
        ident->obj = obj;
    if (obj->name[0] == '_' && obj->name[1] == 0)
        return;
    Object *alt = scope_insert(c->arena, s, obj);
    if (alt) {
        Buf b = {0};
        if (alt->pos.line)
            buf_printf(&b, "\n\t%s:%d:%d: other declaration of %s", c->filename, alt->pos.line,
                       alt->pos.col, alt->name);
        check_error(c, obj->pos, "%s redeclared in this block%s", obj->name, b.s ? b.s : "");
        buf_free(&b);
    }
}

static Object *repl_autoimport(Checker *c, const char *name, Scope **found);

Object *lookup(Checker *c, const char *name, Scope **found)
{
    Object *o = scope_lookup(c->scope, name, found);
    if (o && c->repl_gen && o->repl_gen == c->repl_gen && o->decl && (o->decl->flags & NF_REPLDEFINE) &&
        c->decl_obj && c->decl_obj->decl == o->decl) {
        /* x := x + 1 in the REPL: the values of a := see what its names
         * replace, as a := in a block does */
        o = NULL;
        for (int i = 0; i + 2 < c->repl_undo.n; i += 3)
            if (!c->repl_undo.v[i + 2] && ((Object *)c->repl_undo.v[i + 1])->name == name &&
                c->repl_undo.v[i] == c->pkg->scope)
                o = c->repl_undo.v[i + 1];
        if (o && found)
            *found = c->pkg->scope;
    }
    if (!o && c->repl_gen && !c->in_stdlib)
        o = repl_autoimport(c, name, found);
    return o;
}

void record_use(Checker *c, Object *obj)
{
    obj->used = 1;
    if (c->decl_obj && obj->scope == c->pkg->scope &&
        (obj->kind == OBJ_VAR || obj->kind == OBJ_FUNC || obj->kind == OBJ_CONST) &&
        (obj != c->decl_obj || obj->kind != OBJ_FUNC))     /* a function may call itself */
        avec_push(c->arena, &c->decl_obj->deps, obj);
}

/* Declaration resolution. */

typedef struct SavedCtx {
    Scope *scope;
    FuncCtx *fn;
    ConstVal *iota;
    Object *decl_obj;
    Diag *diag;
} SavedCtx;

static SavedCtx save_ctx(Checker *c)
{
    return (SavedCtx){ c->scope, c->fn, c->iota, c->decl_obj, c->diag };
}

static void restore_ctx(Checker *c, SavedCtx s)
{
    c->scope = s.scope;
    c->fn = s.fn;
    c->iota = s.iota;
    c->decl_obj = s.decl_obj;
    c->diag = s.diag;
}

static void const_decl(Checker *c, Object *obj);

/* A constant of an implicitly repeated spec reports errors in the expression
 * it inherits at its own name (types2's errpos). */
static void check_const_decl(Checker *c, Object *obj)
{
    Pos saved = c->errpos;
    c->errpos = (obj->decl->flags & NF_IMPLICIT) ? obj->pos : (Pos){0, 0};
    const_decl(c, obj);
    c->errpos = saved;
}

static void const_decl(Checker *c, Object *obj)
{
    Node *spec = obj->decl;
    c->iota = const_make_int64(c->ca, spec->iota);
    Type *t = NULL;
    if (spec->x) {
        t = check_type(c, spec->x);
        if (type_underlying(t)->kind > TY_UNTYPED_NIL || type_underlying(t)->kind == TY_UNSAFEPTR) {
            if (type_underlying(t)->kind != TY_INVALID)
                check_error(c, ast_start(spec->x), "invalid constant type %s", tstr(c, t));
            obj->type = basic_types[TY_INVALID];
            obj->val = const_unknown(c->ca);
            return;
        }
    }
    obj->type = basic_types[TY_INVALID];
    obj->val = const_unknown(c->ca);
    if (obj->index >= spec->list2.n) {
        if (obj->index == spec->list2.n && !(spec->flags & NF_IMPLICIT))
            check_error(c, obj->pos, spec->list2.n == 0 ? "missing init expr for const declaration"
                                                        : "missing init expr for const declaration");
        else if (obj->index == spec->list2.n)
            check_error(c, obj->pos, "missing init expr for const declaration");
        return;
    }
    Operand x;
    check_expr(c, &x, spec->list2.v[obj->index]);
    if (x.mode == M_INVALID)
        return;
    if (x.mode != M_CONST) {
        check_error(c, ast_start(x.expr), "%s is not constant", operand_string(c, &x));
        return;
    }
    if (t) {
        assignment(c, &x, t, "constant declaration");
        if (x.mode == M_INVALID)
            return;
    }
    obj->type = x.type;
    obj->val = x.val;
}

static void check_var_decl(Checker *c, Object *obj)
{
    Node *spec = obj->decl;
    Type *t = spec->x ? check_type(c, spec->x) : NULL;
    int nl = spec->list.n, nr = spec->list2.n;
    if (nr == 0) {
        obj->type = t ? t : basic_types[TY_INVALID];
        return;
    }
    if (nl == nr || nr != 1) {
        if (obj->index >= nr) {
            obj->type = t ? t : basic_types[TY_INVALID];
            return;
        }
        Object *one[1] = { obj };
        NodeList rhs = { &spec->list2.v[obj->index], 1, 1 };
        if (t)
            obj->type = t;
        obj->init = spec->list2.v[obj->index];
        if (nl != nr) {
            /* the mismatch is reported once, for the first name */
            if (obj->index == 0)
                check_init_vars(c, one, 0, &spec->list2, NULL);
            if (!obj->type)
                obj->type = basic_types[TY_INVALID];
            return;
        }
        check_init_vars(c, one, 1, &rhs, NULL);
        return;
    }
    /* n:1 — resolve every variable of the spec together */
    Object **objs = arena_alloc(c->arena, (size_t)nl * sizeof *objs);
    for (int i = 0; i < nl; i++) {
        objs[i] = spec->list.v[i]->obj;
        if (t)
            objs[i]->type = t;
        objs[i]->state = OS_RESOLVING;
        objs[i]->init = spec->list2.v[0];
    }
    check_init_vars(c, objs, nl, &spec->list2, NULL);
    for (int i = 0; i < nl; i++)
        objs[i]->state = OS_RESOLVED;
}

static Node *recv_base(Node *recvtype, int *ptr)
{
    *ptr = 0;
    while (recvtype && recvtype->kind == N_PAREN)
        recvtype = recvtype->x;
    if (recvtype && recvtype->kind == N_STAR) {
        *ptr = 1;
        recvtype = recvtype->x;
        while (recvtype && recvtype->kind == N_PAREN)
            recvtype = recvtype->x;
    }
    return recvtype;
}

static void collect_methods(Checker *c, Object *tobj, const char *base_name);

static void check_type_decl(Checker *c, Object *obj)
{
    Node *spec = obj->decl;
    if (spec->flags & NF_ALIAS) {
        /* obj->type stays NULL while the aliased type is checked: meeting the alias
           again on the way is a cycle (check_obj_decl reports it) */
        Type *t = check_type(c, spec->y);
        if (!obj->type)
            obj->type = t;
        /* methods declared on an alias of a local defined type belong to that type */
        if (obj->type->kind == TY_NAMED && obj->type->obj->pkg == c->pkg && obj->scope == c->pkg->scope)
            collect_methods(c, obj->type->obj, obj->name);
        return;
    }
    Type *named = type_new(c->arena, TY_NAMED);
    named->obj = obj;
    obj->type = named;
    Type *u = check_type_def(c, spec->y, named);
    /* type T2 T1 met while T1 is still being defined (T1 refers to T2):
     * T2's underlying is T1's, known later; link to T1 for now and let
     * type_underlying follow the chain (resolve_named_chains flattens it) */
    if (u->kind == TY_NAMED && type_underlying_pending(u) && u != named)
        named->underlying = u;
    else
        named->underlying = type_underlying(u);
    if (named->underlying == named || obj->bad_cycle)
        named->underlying = basic_types[TY_INVALID];
    collect_methods(c, obj, obj->name);
}

/* A function body waiting for all package-level declarations: its signature
 * and the scope holding its parameters. */
typedef struct DelayedBody {
    Node *decl;
    Object *obj;
    Type *sig;
    Scope *scope;
} DelayedBody;

static void delay_body(Checker *c, Node *decl, Object *obj, Type *sig, Scope *scope)
{
    DelayedBody *b = arena_alloc(c->arena, sizeof *b);
    *b = (DelayedBody){ decl, obj, sig, scope };
    vec_push(&c->delayed, b);
}

static void check_func_decl(Checker *c, Object *obj)
{
    Node *d = obj->decl;
    Scope *s = scope_new(c->arena, c->scope);
    s->is_func = 1;
    /* an empty signature meanwhile, as types2's guard against cycles: the
     * function named in its own signature is a value of type func() */
    Type *guard = type_new(c->arena, TY_FUNC);
    guard->params = type_tuple(c->arena, 0);
    guard->results = type_tuple(c->arena, 0);
    obj->type = guard;
    Type *sig = check_signature(c, d->z, NULL, s);
    obj->type = sig;
    d->obj = obj;
    if (!d->w && !(d->flags & NF_LAZYBODY)) {
        if (!c->in_stdlib)
            check_soft_error(c, obj->pos, "missing function body");
        return;
    }
    d->type = sig;
    delay_body(c, d, obj, sig, s);
}

static void check_std_obj(Checker *c, Object *obj);
static void resolve_decl(Checker *c, Object *obj);

/* The index in c->objpath where obj is, or -1. */
int objpath_index(Checker *c, Object *obj)
{
    for (int i = c->objpath.n - 1; i >= 0; i--)
        if (c->objpath.v[i] == obj)
            return i;
    return -1;
}

/* types2's cycleError over c->objpath[from..] (without its aliases when
 * skip_alias: a type set's cycle sees through them): at the object first in
 * the source, "invalid recursive type" for a type, else "illegal cycle in
 * declaration of", each step's "refers to" after. */
void report_cycle(Checker *c, int from, int skip_alias)
{
    PtrVec cyc = {0};
    for (int i = from; i < c->objpath.n; i++) {
        Object *o = c->objpath.v[i];
        if (!(skip_alias && o->kind == OBJ_TYPE && (o->decl->flags & NF_ALIAS)))
            vec_push(&cyc, o);
    }
    if (!cyc.n)
        vec_push(&cyc, c->objpath.v[from]);
    int n = cyc.n, first = 0;
    for (int i = 0; i < n; i++) {
        Object *o = cyc.v[i], *f = cyc.v[first];
        if (o->pos.line < f->pos.line || (o->pos.line == f->pos.line && o->pos.col < f->pos.col))
            first = i;
    }
    Object *o = cyc.v[first];
    Buf b = {0};
    buf_printf(&b, "%s %s", o->kind == OBJ_TYPE ? "invalid recursive type" : "illegal cycle in declaration of",
               o->name);
    int i = first;
    for (int k = 0; k < n; k++) {
        buf_printf(&b, "\n\t%s:%d:%d: %s refers to", c->filename, o->pos.line, o->pos.col, o->name);
        i = (i + 1) % n;
        o = cyc.v[i];
    }
    buf_printf(&b, "\n\t%s:%d:%d: %s", c->filename, o->pos.line, o->pos.col, o->name);
    Object *at = cyc.v[first];
    check_error(c, at->pos, "%s", b.s);
    buf_free(&b);
    free(cyc.v);
}

/* An object met again while it is being resolved: types2's validCycle and
 * cycleError over the path of objects being resolved (c->objpath). A cycle
 * through constants and variables only is left to report_init_cycles
 * ("initialization loop"), which their dependencies let see it; one through
 * types only is fine when one of them is a defined type (not an alias). Any
 * other (a variable's or constant's through a type, say) is "illegal cycle in
 * declaration", starting at the object first in the source. Returns 1 when
 * the cycle is allowed (or left to the initialization check). With has_type
 * (obj's Named type exists already), a cycle without values is allowed too. */
static int check_cycle(Checker *c, Object *obj, int has_type)
{
    int from = objpath_index(c, obj);
    if (from < 0)           /* not on the path: resolved out of line (standard declarations) */
        return 1;
    int n = c->objpath.n - from, nval = 0, ndef = 0;
    for (int i = from; i < c->objpath.n; i++) {
        Object *o = c->objpath.v[i];
        nval += o->kind == OBJ_CONST || o->kind == OBJ_VAR;
        ndef += o->kind == OBJ_TYPE && !(o->decl->flags & NF_ALIAS);
    }
    if (nval == n || (nval == 0 && (ndef > 0 || has_type)))
        return 1;
    report_cycle(c, from, 0);
    return 0;
}

void check_obj_decl(Checker *c, Object *obj)
{
    if (obj->state == OS_RESOLVED)
        return;
    if (obj->state == OS_RESOLVING) {
        switch (obj->kind) {
        case OBJ_TYPE:
            if (obj->type) {
                check_cycle(c, obj, 1);     /* through the Named type: fine unless a value is on it */
                return;
            }
            if (check_cycle(c, obj, 0))
                check_error(c, obj->pos, "invalid recursive type %s", obj->name);
            obj->type = basic_types[TY_INVALID];
            return;
        case OBJ_CONST: case OBJ_VAR:
            if (!obj->type || obj->kind == OBJ_CONST) {
                check_cycle(c, obj, 0);
                obj->type = basic_types[TY_INVALID];
                if (obj->kind == OBJ_CONST)
                    obj->val = const_unknown(c->ca);
            }
            return;
        case OBJ_FUNC:
            return;     /* a function's signature may mention itself through types only */
        default:
            return;
        }
    }
    if (obj->std_decl) {
        check_std_obj(c, obj);
        return;
    }
    resolve_decl(c, obj);
}

static void resolve_decl(Checker *c, Object *obj)
{
    obj->state = OS_RESOLVING;
    SavedCtx saved = save_ctx(c);
    c->scope = obj->scope && obj->scope == c->pkg->scope && c->file_scope ? c->file_scope : obj->scope;
    c->fn = NULL;
    c->iota = NULL;
    c->decl_obj = obj->kind == OBJ_VAR || obj->kind == OBJ_FUNC || obj->kind == OBJ_CONST ? obj : NULL;
    vec_push(&c->objpath, obj);
    switch (obj->kind) {
    case OBJ_CONST: check_const_decl(c, obj); break;
    case OBJ_VAR:   check_var_decl(c, obj); break;
    case OBJ_TYPE:  check_type_decl(c, obj); break;
    case OBJ_FUNC:  check_func_decl(c, obj); break;
    default: break;
    }
    c->objpath.n--;
    restore_ctx(c, saved);
    obj->state = OS_RESOLVED;
}

/* Methods are associated with their receiver's base type when the type is
 * resolved; their signatures are checked then, their bodies later. */
static void collect_methods(Checker *c, Object *tobj, const char *base_name)
{
    Type *named = tobj->type;
    /* a standard type's methods are rebuilt with it */
    for (int i = 0; c->pkg->is_std && i < c->pkg->std_methods.n; i++) {
        StdDecl *sd = c->pkg->std_methods.v[i];
        if (sd->ad.recv != base_name)
            continue;
        vec_push(&c->methods, stdpkg_decode(c, sd));
        PtrVec *v = &c->pkg->std_methods;
        memmove(&v->v[i], &v->v[i + 1], (size_t)(v->n - i - 1) * sizeof *v->v);
        v->n--;
        i--;
    }
    for (int i = 0; i < c->methods.n; i++) {
        Node *d = c->methods.v[i];
        if (!d || !d->x)
            continue;
        int ptr;
        Node *base = recv_base(d->x->x, &ptr);
        if (!base || base->kind != N_IDENT || base->name != base_name)
            continue;
        c->methods.v[i] = NULL;     /* associated */
        const char *mname = d->y->name;
        Object *mobj = object_new(c->arena, OBJ_FUNC, mname, d->y->pos, NULL);
        mobj->decl = d;
        mobj->pkg = c->pkg;
        mobj->scope = c->pkg->scope;
        mobj->state = OS_RESOLVING;
        d->y->obj = mobj;
        if (mname[0] == '_' && mname[1] == 0) {
            /* blank methods are checked but not added */
        } else {
            Method *dup = NULL;
            for (int k = 0; k < named->nmethods; k++)
                if (named->methods[k].name == mname)
                    dup = &named->methods[k];
            if (dup) {
                check_error(c, d->y->pos, "%s.%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                            tobj->name, mname, c->filename, dup->pos.line, dup->pos.col, mname);
            } else {
                Type *u = type_underlying(named);
                int clash = 0;
                if (u->kind == TY_STRUCT)
                    for (int f = 0; f < u->nfields; f++)
                        if (u->fields[f].name == mname)
                            clash = 1;
                if (clash)
                    check_error(c, d->y->pos, "field and method with the same name %s", mname);
                Method *m = type_add_method(c->arena, named, mname);
                m->func = mobj;
                m->ptr_recv = ptr;
                m->pos = d->y->pos;
            }
        }
        Type *bu = type_underlying(named);
        if (bu->kind == TY_POINTER || bu->kind == TY_INTERFACE)
            check_error(c, base->pos, "invalid receiver type %s (pointer or interface type)", tobj->name);
        else if (bu->kind == TY_UNSAFEPTR)
            check_error(c, base->pos, "invalid receiver type %s (unsafe.Pointer)", tobj->name);
        SavedCtx saved = save_ctx(c);
        c->scope = c->file_scope;
        c->decl_obj = mobj;
        Scope *s = scope_new(c->arena, c->scope);
        s->is_func = 1;
        Type *sig = check_signature(c, d->z, d->x, s);
        mobj->type = sig;
        for (int k = 0; k < named->nmethods; k++)
            if (named->methods[k].func == mobj)
                named->methods[k].sig = sig;
        restore_ctx(c, saved);
        mobj->state = OS_RESOLVED;
        if (!d->w && !(d->flags & NF_LAZYBODY)) {
            if (!c->in_stdlib)
                check_soft_error(c, d->y->pos, "missing function body");
            continue;
        }
        d->type = sig;
        d->obj = mobj;
        delay_body(c, d, mobj, sig, s);
    }
}

/* Function bodies. */

void check_func_body(Checker *c, Type *sig, Node *body, Scope *scope, const char *name)
{
    SavedCtx saved = save_ctx(c);
    FuncCtx fn = { .sig = sig, .body = body, .scope = scope, .outer = c->fn };
    for (int i = 0; sig->results && i < sig->results->nfields; i++)
        if (sig->results->fields[i].name && sig->results->fields[i].name[0])
            fn.has_named_results = 1;
    c->fn = &fn;
    c->scope = scope;
    c->iota = NULL;
    body->scope = scope;
    check_stmt_list(c, &body->list, 0);
    if (sig->results && sig->results->nfields > 0)
        flow_check_return(c->diag, body, check_is_panic, c);
    check_usage(c, scope);
    restore_ctx(c, saved);
    (void)name;
}

void check_usage(Checker *c, Scope *s)
{
    if (c->repl_gen)
        return;     /* the REPL: unused variables are no errors */
    for (int i = 0; i < s->order.n; i++) {
        Object *o = s->order.v[i];
        if (o->kind == OBJ_VAR && !o->used && !o->is_param)
            check_soft_error(c, o->pos, "%s declared but not used", o->name);
    }
    for (int i = 0; i < s->children.n; i++) {
        Scope *ch = s->children.v[i];
        if (!ch->is_func)
            check_usage(c, ch);
    }
}

/* The checker's state around work inside a standard package: resolving one
 * of its declarations or checking a body, from wherever it was needed. */
typedef struct StdCtx {
    SavedCtx ctx;
    Package *pkg;
    Scope *file_scope;
    const char *filename;
    int in_stdlib;
    PtrVec delayed, methods, later_types, imports;
} StdCtx;

static StdCtx enter_std(Checker *c, Package *pkg, Diag *diag)
{
    StdCtx s = { save_ctx(c), c->pkg, c->file_scope, c->filename, c->in_stdlib,
                 c->delayed, c->methods, c->later_types, c->imports };
    diag_init(diag, pkg->filename);
    c->pkg = pkg;
    c->file_scope = pkg->file_scope;
    c->filename = pkg->filename;
    c->in_stdlib = 1;
    c->delayed = c->methods = c->later_types = c->imports = (PtrVec){0};
    c->scope = pkg->file_scope;
    c->fn = NULL;
    c->iota = NULL;
    c->decl_obj = NULL;
    c->diag = diag;
    return s;
}

/* Errors inside the embedded sources are golite bugs: printed, so they
 * cannot pass silently. */
static void leave_std(Checker *c, StdCtx s, Diag *diag)
{
    if (diag_count(diag)) {
        fprintf(stderr, "golite: internal error in embedded package %s:\n", c->pkg->path);
        diag_flush(diag, stderr);
    }
    diag_free(diag);
    free(c->delayed.v);
    free(c->methods.v);
    free(c->later_types.v);
    free(c->imports.v);
    restore_ctx(c, s.ctx);
    c->pkg = s.pkg;
    c->file_scope = s.file_scope;
    c->filename = s.filename;
    c->in_stdlib = s.in_stdlib;
    c->delayed = s.delayed;
    c->methods = s.methods;
    c->later_types = s.later_types;
    c->imports = s.imports;
}

static void drain_std_work(Checker *c);

int check_lazy_body(Checker *c, Object *fobj)
{
    DelayedBody *b = fobj ? fobj->lazy_body : NULL;
    if (!b)
        return 0;
    fobj->lazy_body = NULL;
    Diag diag;
    StdCtx saved = enter_std(c, fobj->pkg, &diag);
    c->std_depth++;
    c->decl_obj = b->obj;
    if (!b->decl->w)
        stdpkg_parse_body(c, b->decl);
    if (b->decl->w)
        check_func_body(c, b->sig, b->decl->w, b->scope, b->decl->y->name);
    c->std_depth--;
    leave_std(c, saved, &diag);
    drain_std_work(c);
    return 1;
}

/* Bodies wait until no standard declaration is half resolved (a type's
 * method may use a constant whose type is that type): then those the
 * initialization order needs are checked — the functions a variable's
 * initializer uses and what those use in turn — and with GOLITE_EAGER_STD
 * all. */
static void drain_std_work(Checker *c)
{
    if (c->std_depth)
        return;
    c->std_depth++;
    while (c->std_work.n) {
        Object *o = c->std_work.v[--c->std_work.n];
        if (o->kind == OBJ_FUNC)
            check_lazy_body(c, o);
        for (int j = 0; j < o->deps.n; j++) {
            Object *d = o->deps.v[j];
            if (d->kind == OBJ_FUNC && d->lazy_body)
                vec_push(&c->std_work, d);
        }
    }
    c->std_depth--;
}

/* A standard package's variable, listed for the initialization order (with
 * the others of an n:1 spec, resolved together). */
static void list_std_var(Package *pkg, Object *o)
{
    for (int i = 0; i < pkg->vars.n; i++)
        if (pkg->vars.v[i] == o)
            return;
    vec_push(&pkg->vars, o);
    pkg->vars_dirty = 1;
}

/* Rebuilds the declaration of a standard object and points its objects at
 * their specs, as collect_objects does for a parsed file. */
static void bind_std_decl(Checker *c, StdDecl *sd)
{
    Node *d = stdpkg_decode(c, sd);
    int k = 0;
    if (!d)
        return;
    if (sd->ad.kind == ADK_FUNC) {
        sd->objs[0]->decl = d;
        d->y->obj = sd->objs[0];
        return;
    }
    for (int i = 0; i < d->list.n && k < sd->ad.nnames; i++) {
        Node *spec = d->list.v[i];
        if (sd->ad.kind == ADK_TYPE) {
            sd->objs[k]->decl = spec;
            spec->x->obj = sd->objs[k++];
            continue;
        }
        for (int j = 0; j < spec->list.n && k < sd->ad.nnames; j++) {
            Object *o = sd->objs[k++];
            o->decl = spec;
            o->index = j;
            o->iota = spec->iota;
            spec->list.v[j]->obj = o;
        }
    }
}

/* Resolves a standard package-level object in its package's context: its
 * declaration is rebuilt if this is its first name needed, its function
 * bodies wait (check_lazy_body) except those the initialization order of a
 * variable needs, as the functions its initializer uses, and what those use
 * in turn. */
static void check_std_obj(Checker *c, Object *obj)
{
    static int eager = -1;
    if (eager < 0)
        eager = getenv("GOLITE_EAGER_STD") != NULL;
    Diag diag;
    StdCtx saved = enter_std(c, obj->pkg, &diag);
    c->std_depth++;
    if (!obj->std_decl->node)
        bind_std_decl(c, obj->std_decl);
    resolve_decl(c, obj);
    check_later_types(c);
    Type *t = obj->type;
    if (obj->kind == OBJ_TYPE && t && t->kind == TY_NAMED && t->obj == obj && t->underlying &&
        t->underlying->kind == TY_NAMED && !type_underlying_pending(t->underlying))
        t->underlying = type_underlying(t->underlying);
    for (int i = 0; i < c->delayed.n; i++) {
        DelayedBody *b = c->delayed.v[i];
        b->obj->lazy_body = b;
        if (eager)
            vec_push(&c->std_work, b->obj);
    }
    c->delayed.n = 0;
    if (obj->kind == OBJ_VAR) {
        Node *spec = obj->decl;
        list_std_var(obj->pkg, obj);
        if (spec && spec->list2.n == 1 && spec->list.n > 1)
            for (int i = 0; i < spec->list.n; i++)
                if (spec->list.v[i]->obj)
                    list_std_var(obj->pkg, spec->list.v[i]->obj);
        vec_push(&c->std_work, obj);
    }
    c->std_depth--;
    leave_std(c, saved, &diag);
    drain_std_work(c);
}

static void check_bodies(Checker *c)
{
    for (int i = 0; i < c->delayed.n; i++) {
        DelayedBody *b = c->delayed.v[i];
        SavedCtx saved = save_ctx(c);
        c->decl_obj = b->obj;
        check_func_body(c, b->sig, b->decl->w, b->scope, b->decl->y->name);
        restore_ctx(c, saved);
    }
    c->delayed.n = 0;
}

/* Package-level collection. */

/* The REPL: obj replaces a package-level name an earlier entry declared (or
 * an import of the same name); the undo list restores it after errors. */
static void repl_replace(Checker *c, Scope *s, const char *name)
{
    Object *old = scope_lookup_local(s, name);
    if (!old || old->repl_gen == c->repl_gen)
        return;     /* twice in one entry: redeclared, as in go */
    scope_remove(s, old);
    vec_push(&c->repl_undo, s);
    vec_push(&c->repl_undo, old);
    vec_push(&c->repl_undo, NULL);
}

static void declare_pkg_obj(Checker *c, Node *ident, Object *obj)
{
    obj->pkg = c->pkg;
    obj->scope = c->pkg->scope;
    if (c->repl_gen && !c->in_stdlib && !(ident->name[0] == '_' && ident->name[1] == 0)) {
        obj->repl_gen = c->repl_gen;
        repl_replace(c, c->pkg->scope, ident->name);
        repl_replace(c, c->file_scope, ident->name);
        vec_push(&c->repl_undo, c->pkg->scope);
        vec_push(&c->repl_undo, obj);
        vec_push(&c->repl_undo, obj);     /* added */
    }
    avec_push(c->arena, &c->pkg_objs, obj);     /* blank names too: they are checked */
    if (!c->in_stdlib && (ident->name == intern_cstr(c->in, "init") ||
                          (ident->name == intern_cstr(c->in, "main") && !strcmp(c->pkg->name, "main")))) {
        if (obj->kind != OBJ_FUNC) {
            check_error(c, ident->pos, "cannot declare %s - must be func", ident->name);
            return;
        }
    }
    declare(c, c->pkg->scope, ident, obj);
}

static const char *unquote_path(Checker *c, Node *lit)
{
    size_t n;
    char *s = lex_unquote(lit->name, (size_t)lit->len, &n);
    const char *r = intern(c->in, s, n);
    free(s);
    return r;
}

static void collect_import(Checker *c, Node *spec)
{
    const char *path = unquote_path(c, spec->y);
    Package *imp;
    if (!c->in_stdlib && !c->allow_internal && !strncmp(path, "internal/", 9)) {
        check_error(c, spec->y->pos, "use of internal package %s not allowed", path);
        return;
    }
    if (!strcmp(path, "unsafe"))
        imp = universe_unsafe(c);
    else
        imp = stdpkg_import(c, path, spec->y->pos);
    if (!imp) {
        c->import_failed = 1;
        return;
    }
    avec_push(c->arena, &c->pkg->imports, imp);     /* c->pkg is the importer again */
    const char *name = spec->x ? spec->x->name : intern_cstr(c->in, imp->name);
    if (name[0] == '_' && name[1] == 0)
        return;
    if (name[0] == '.' && name[1] == 0) {
        Object *pk = object_new(c->arena, OBJ_PKG, name, spec->y->pos, NULL);
        pk->imported = imp;
        pk->decl = spec;
        vec_push(&c->imports, pk);
        if (imp->is_std)
            check_std_resolve_all(c, imp);
        for (int i = 0; i < imp->scope->order.n; i++) {
            Object *o = imp->scope->order.v[i];
            unsigned char ch = (unsigned char)o->name[0];
            if (ch >= 'A' && ch <= 'Z') {
                Object *alias = arena_alloc(c->arena, sizeof *alias);
                *alias = *o;
                alias->imported = (Package *)pk;    /* marks use of the dot import */
                scope_insert(c->arena, c->file_scope, alias);
            }
        }
        return;
    }
    if (!c->in_stdlib && name == intern_cstr(c->in, "init")) {
        check_error(c, spec->x ? spec->x->pos : spec->y->pos,
                    "cannot import package as init - init must be a func");
        return;
    }
    if (c->in_stdlib || c->repl_gen) {
        Object *old = scope_lookup_local(c->file_scope, name);
        if (old && old->kind == OBJ_PKG &&
            (old->imported == imp || !strcmp(old->imported->path, imp->path)))   /* unsafe is made anew */
            return;     /* the same import in another file of the package, or entry */
    }
    if (c->repl_gen) {
        repl_replace(c, c->file_scope, name);
        repl_replace(c, c->pkg->scope, name);
    }
    Object *pk = object_new(c->arena, OBJ_PKG, name, spec->x ? spec->x->pos : spec->y->pos, NULL);
    pk->imported = imp;
    pk->decl = spec;
    pk->pkg = c->pkg;
    declare(c, c->file_scope, spec->x, pk);
    vec_push(&c->imports, pk);
    if (c->repl_gen) {
        pk->repl_gen = c->repl_gen;
        vec_push(&c->repl_undo, c->file_scope);
        vec_push(&c->repl_undo, pk);
        vec_push(&c->repl_undo, pk);
    }
}

/* The REPL: a standard package used by its name without an import is
 * imported then (strings.ToUpper("x") works at once). */
static Object *repl_autoimport(Checker *c, const char *name, Scope **found)
{
    if (!c->file_scope || c->pkg->is_std)
        return NULL;
    for (int i = 0; stdpkg_path_at(i); i++) {
        const char *path = stdpkg_path_at(i);
        const char *elem = strrchr(path, '/');
        elem = elem ? elem + 1 : path;
        if (strcmp(elem, name) || !strncmp(path, "internal/", 9) ||
            (stdpkg_no_ffi && !strcmp(path, "ffi")))
            continue;
        Package *imp = stdpkg_import(c, path, (Pos){0, 0});
        if (!imp || strcmp(imp->name, name))
            return NULL;
        Node *spec = node_new(c->arena, N_IMPORT, (Pos){0, 0});
        spec->y = node_new(c->arena, N_BASICLIT, (Pos){0, 0});
        char *q = xasprintf("\"%s\"", path);
        spec->y->name = intern_cstr(c->in, q);
        spec->y->len = (int)strlen(q);
        free(q);
        collect_import(c, spec);
        return scope_lookup(c->scope, name, found);
    }
    return NULL;
}

static void collect_objects(Checker *c, Node *file)
{
    const char *init = intern_cstr(c->in, "init");
    const char *mainname = intern_cstr(c->in, "main");
    for (int i = 0; i < file->list.n; i++) {
        Node *d = file->list.v[i];
        if (d->kind == N_GENDECL) {
            for (int j = 0; j < d->list.n; j++) {
                Node *spec = d->list.v[j];
                switch (d->op) {
                case TK_IMPORT:
                    collect_import(c, spec);
                    break;
                case TK_CONST:
                case TK_VAR:
                    if (d->op == TK_VAR && spec->list2.n > 0 && spec->list.n != spec->list2.n &&
                        spec->list2.n != 1) {
                        /* reported when the first variable is resolved */
                    }
                    for (int k = 0; k < spec->list.n; k++) {
                        Node *id = spec->list.v[k];
                        Object *o = object_new(c->arena, d->op == TK_CONST ? OBJ_CONST : OBJ_VAR,
                                               id->name, id->pos, NULL);
                        o->decl = spec;
                        o->index = k;
                        o->iota = spec->iota;
                        o->is_global = d->op == TK_VAR;
                        o->used = 1;    /* package-level names are never "unused" */
                        declare_pkg_obj(c, id, o);
                        id->obj = o;
                    }
                    if (d->op == TK_CONST && spec->list2.n > spec->list.n)
                        check_error(c, ast_start(spec->list2.v[spec->list.n]), "extra init expr");
                    break;
                case TK_TYPE: {
                    Object *o = object_new(c->arena, OBJ_TYPE, spec->x->name, spec->x->pos, NULL);
                    o->decl = spec;
                    o->used = 1;
                    declare_pkg_obj(c, spec->x, o);
                    break;
                }
                }
            }
        } else if (d->kind == N_FUNCDECL) {
            if (d->x) {
                vec_push(&c->methods, d);
                continue;
            }
            const char *name = d->y->name;
            Object *o = object_new(c->arena, OBJ_FUNC, name, d->y->pos, NULL);
            o->decl = d;
            o->used = 1;
            d->y->obj = o;
            if (name == init || (!c->in_stdlib && name == mainname && !strcmp(c->pkg->name, "main"))) {
                if (d->z->list.n || d->z->list2.n)
                    check_soft_error(c, d->y->pos, "func %s must have no arguments and no return values",
                                     name);
                if (name == init) {
                    /* init functions are not declared; they cannot be referred to */
                    o->pkg = c->pkg;
                    o->scope = c->pkg->scope;
                    vec_push(&c->pkg_inits, o);
                    continue;
                }
            }
            declare_pkg_obj(c, d->y, o);
        }
    }
}

static void associate_orphan_methods(Checker *c)
{
    for (int i = 0; i < c->methods.n; i++) {
        Node *d = c->methods.v[i];
        if (!d)
            continue;
        int ptr;
        Node *base = recv_base(d->x->x, &ptr);
        if (!base || base->kind != N_IDENT) {
            Type *t = check_type(c, d->x->x);     /* reports what is wrong with it */
            if (base && base->kind == N_SELECTOR && t && t->kind == TY_POINTER)
                t = t->elem;
            if (base && base->kind == N_SELECTOR && t && t->kind == TY_NAMED)
                check_error(c, ast_start(d->x), "cannot define new methods on non-local type %s",
                            tstr(c, t));
            continue;
        }
        Object *o = scope_lookup(c->file_scope, base->name, NULL);
        if (!o) {
            check_error(c, base->pos, "undefined: %s", base->name);
        } else if (o->kind != OBJ_TYPE) {
            check_error(c, base->pos, "%s is not a type", base->name);
        } else if (o->scope != c->pkg->scope) {
            check_error(c, base->pos, "cannot define new methods on non-local type %s",
                        tstr(c, o->type));
        } else if ((o->decl->flags & NF_ALIAS) && o->type && o->type->kind != TY_INVALID) {
            /* an alias: what it denotes is the receiver type */
            Type *t = o->type;
            if ((t->kind == TY_NAMED && t->obj && t->obj->pkg != c->pkg) || t->kind < TY_UNTYPED_BOOL)
                check_error(c, base->pos, "cannot define new methods on non-local type %s", tstr(c, t));
            else
                check_error(c, base->pos, "invalid receiver type %s", tstr(c, t));
        } else {
            Type *t = o->type;
            const char *what = type_underlying(t)->kind == TY_POINTER ? "pointer"
                             : type_underlying(t)->kind == TY_INTERFACE ? "interface" : NULL;
            if (what && t->kind == TY_NAMED)
                check_error(c, base->pos, "invalid receiver type %s (%s or interface type)",
                            base->name, what);
            else
                check_error(c, base->pos, "invalid receiver type %s", base->name);
        }
    }
}

static void check_unused_imports(Checker *c)
{
    if (c->in_stdlib)
        return;
    for (int i = 0; i < c->imports.n; i++) {
        Object *pk = c->imports.v[i];
        if (pk->used)
            continue;
        const char *path = pk->imported->path;
        const char *elem = strrchr(path, '/');
        elem = elem ? elem + 1 : path;
        Node *spec = pk->decl;
        Pos pos = spec->x && spec->x->name[0] != '.' ? spec->x->pos : spec->y->pos;
        if (spec->x && spec->x->name[0] == '.')
            pos = spec->x->pos;
        if (!spec->x || spec->x->name[0] == '.' || !strcmp(pk->name, elem))
            check_soft_error(c, pos, "imported and not used: \"%s\"", path);
        else
            check_soft_error(c, pos, "imported and not used: \"%s\" as %s", path, pk->name);
    }
}

/* Package variable initialization order (the spec's "Package initialization"):
 * repeatedly initialize the earliest variable in declaration order that has
 * no dependency on an uninitialized variable. Dependencies through
 * functions are followed transitively. */
static int depends_on_uninit(Object *o, Object *root, int depth)
{
    if (depth > 1000)
        return 0;
    for (int i = 0; i < o->deps.n; i++) {
        Object *d = o->deps.v[i];
        if (d->kind == OBJ_VAR && d->init_order == 0 && d != root)
            return 1;
        if (d->kind == OBJ_FUNC && d->init_order == 0) {
            d->init_order = -1;     /* visiting */
            int r = depends_on_uninit(d, root, depth + 1);
            d->init_order = 0;
            if (r)
                return 1;
        }
    }
    return 0;
}

/*
 * types2's initialization cycle check (initorder.go): the dependency graph of
 * the package's constants and variables, with functions eliminated (an edge
 * through any chain of functions), is emptied node by node, always taking the
 * one with the fewest outstanding dependencies (then the first in the
 * source). A node taken while it still has dependencies is on a cycle when a
 * path of dependencies leads from it back to itself: "initialization loop
 * for x", with the path. The variables of one n:1 spec (a, b = f()) share
 * their dependencies, as they share types2's declInfo.
 */
static int cycle_stamp;

static int same_spec(Object *a, Object *b)
{
    return a == b || (a->kind == OBJ_VAR && b->kind == OBJ_VAR && a->init && a->init == b->init);
}

/* The dependencies of o (with those of its n:1 siblings in objs) to vec. */
static void spec_deps(PtrVec *objs, int at, PtrVec *out)
{
    Object *o = objs->v[at];
    int lo = at, hi = at;
    while (lo > 0 && same_spec(objs->v[lo - 1], o))
        lo--;
    while (hi + 1 < objs->n && same_spec(objs->v[hi + 1], o))
        hi++;
    for (int i = lo; i <= hi; i++) {
        Object *s = objs->v[i];
        for (int j = 0; j < s->deps.n; j++)
            vec_push(out, s->deps.v[j]);
    }
}

/* findPath: the path from `from` to `to` as types2 returns it, reversed
 * ({to, ..., first step}), appended to path; 0 when there is none. */
static int find_path(PtrVec *objs, Object *from, Object *to, int stamp, PtrVec *path)
{
    if (from->cycle_mark == stamp)
        return 0;
    from->cycle_mark = stamp;
    PtrVec deps = {0};
    if (from->init_order > 0)
        spec_deps(objs, from->init_order - 1, &deps);
    else
        for (int j = 0; j < from->deps.n; j++)
            vec_push(&deps, from->deps.v[j]);
    int found = 0;
    for (int j = 0; j < deps.n && !found; j++) {
        Object *d = deps.v[j];
        if (d == to) {
            vec_push(path, d);
            found = 1;
        } else if (find_path(objs, d, to, stamp, path)) {
            vec_push(path, d);
            found = 1;
        }
    }
    free(deps.v);
    return found;
}

static int report_init_cycles(Checker *c, PtrVec *all)
{
    PtrVec objs = {0};      /* the graph's nodes: constants and variables, source order */
    for (int i = 0; i < all->n; i++) {
        Object *o = all->v[i];
        if (o->kind == OBJ_CONST || o->kind == OBJ_VAR)
            vec_push(&objs, o);
    }
    int n = objs.n, reported = 0;
    for (int i = 0; i < n; i++)
        ((Object *)objs.v[i])->init_order = i + 1;      /* node index + 1, for the walk */
    PtrVec *succ = xcalloc((size_t)n + 1, sizeof *succ), *pred = xcalloc((size_t)n + 1, sizeof *pred);
    int *ndeps = xcalloc((size_t)n + 1, sizeof *ndeps);
    char *taken = xcalloc((size_t)n + 1, 1);
    PtrVec stack = {0};
    for (int i = 0; i < n; i++) {
        int stamp = ++cycle_stamp;
        spec_deps(&objs, i, &stack);
        while (stack.n) {
            Object *d = stack.v[--stack.n];
            if (d->cycle_mark == stamp)
                continue;
            d->cycle_mark = stamp;
            if ((d->kind == OBJ_CONST || d->kind == OBJ_VAR) && d->init_order > 0) {
                vec_push(&succ[i], d);
                vec_push(&pred[d->init_order - 1], objs.v[i]);
            } else if (d->kind == OBJ_FUNC) {
                for (int j = 0; j < d->deps.n; j++)
                    vec_push(&stack, d->deps.v[j]);
            }
        }
        ndeps[i] = succ[i].n;
    }
    /* Nodes without outstanding dependencies come first in any order (their
     * order changes nothing below); only when none is left is the queue's
     * minimum, the first stuck node in the source, looked for. */
    int *ready = xcalloc((size_t)n + 1, sizeof *ready), nready = 0;
    for (int i = n - 1; i >= 0; i--)
        if (ndeps[i] == 0)
            ready[nready++] = i;
    for (int round = 0; round < n; round++) {
        int best = -1;
        while (nready > 0 && best < 0) {
            int i = ready[--nready];
            if (!taken[i])
                best = i;
        }
        for (int i = 0; best < 0 && i < n; i++)
            if (!taken[i] && (best < 0 || ndeps[i] < ndeps[best]))
                best = i;
        for (int i = best + 1; best >= 0 && ndeps[best] > 0 && i < n; i++)
            if (!taken[i] && ndeps[i] < ndeps[best])
                best = i;
        taken[best] = 1;
        Object *o = objs.v[best];
        PtrVec path = {0};
        if (ndeps[best] > 0 && find_path(&objs, o, o, ++cycle_stamp, &path)) {
            Buf b = {0};
            buf_printf(&b, "initialization loop for %s", o->name);
            Object *p = o;
            for (int i = path.n - 1; i >= 0; i--) {
                buf_printf(&b, "\n\t%s:%d:%d: %s refers to", c->filename, p->pos.line, p->pos.col, p->name);
                p = path.v[i];
            }
            buf_printf(&b, "\n\t%s:%d:%d: %s", c->filename, p->pos.line, p->pos.col, p->name);
            check_error(c, o->pos, "%s", b.s);
            buf_free(&b);
            reported++;
        }
        free(path.v);
        for (int i = 0; i < pred[best].n; i++) {
            int p = ((Object *)pred[best].v[i])->init_order - 1;
            if (--ndeps[p] == 0 && !taken[p])
                ready[nready++] = p;
        }
    }
    free(ready);
    for (int i = 0; i < n; i++) {
        ((Object *)objs.v[i])->init_order = 0;
        free(succ[i].v);
        free(pred[i].v);
    }
    free(succ);
    free(pred);
    free(ndeps);
    free(taken);
    free(stack.v);
    free(objs.v);
    return reported;
}

/* Package variables of objs (source order) into out in initialization order. */
static void compute_init_order(Checker *c, PtrVec *objs, PtrVec *out)
{
    PtrVec vars = {0};
    for (int i = 0; i < objs->n; i++) {
        Object *o = objs->v[i];
        if (o->kind == OBJ_VAR)
            vec_push(&vars, o);
    }
    int done = 0, seq = 1;
    while (done < vars.n) {
        int progress = 0;
        for (int i = 0; i < vars.n; i++) {
            Object *o = vars.v[i];
            if (o->init_order > 0 || depends_on_uninit(o, o, 0))
                continue;
            o->init_order = seq++;
            vec_push(out, o);
            done++;
            progress = 1;
            break;
        }
        if (!progress) {
            for (int i = 0; i < vars.n; i++) {
                Object *o = vars.v[i];
                if (o->init_order == 0) {
                    check_error(c, o->pos, "initialization loop for %s", o->name);
                    break;
                }
            }
            break;
        }
    }
    free(vars.v);
}

/* Standard packages. */

void check_std_declare(Checker *c, Package *pkg)
{
    static const ObjKind kinds[] = { [ADK_CONST] = OBJ_CONST, [ADK_VAR] = OBJ_VAR,
                                     [ADK_TYPE] = OBJ_TYPE, [ADK_FUNC] = OBJ_FUNC };
    const char *init = intern_cstr(c->in, "init");
    PtrVec inits = {0};
    Diag diag;
    StdCtx saved = enter_std(c, pkg, &diag);
    for (int i = 0; i < pkg->std_decls.n; i++) {
        StdDecl *sd = pkg->std_decls.v[i];
        if (sd->ad.kind == ADK_IMPORT) {
            Node *d = stdpkg_decode(c, sd);
            for (int j = 0; d && j < d->list.n; j++)
                collect_import(c, d->list.v[j]);
            continue;
        }
        if (sd->ad.kind == ADK_METHOD) {
            vec_push(&pkg->std_methods, sd);
            continue;
        }
        sd->objs = arena_alloc(c->arena, (size_t)sd->ad.nnames * sizeof *sd->objs);
        for (int j = 0; j < sd->ad.nnames; j++) {
            Object *o = object_new(c->arena, kinds[sd->ad.kind], sd->ad.names[j], sd->ad.pos[j], NULL);
            o->std_decl = sd;
            o->used = 1;    /* package-level names are never "unused" */
            o->is_global = o->kind == OBJ_VAR;
            o->pkg = pkg;
            o->scope = pkg->scope;
            sd->objs[j] = o;
            if (o->kind == OBJ_FUNC && o->name == init) {
                /* not declared: init functions cannot be referred to */
                vec_push(&c->pkg_inits, o);
                vec_push(&inits, o);
                continue;
            }
            declare(c, pkg->scope, NULL, o);
        }
    }
    leave_std(c, saved, &diag);
    for (int i = 0; i < inits.n; i++)
        check_obj_decl(c, inits.v[i]);
    free(inits.v);
    if (getenv("GOLITE_EAGER_STD"))
        check_std_resolve_all(c, pkg);
}

void check_std_resolve_all(Checker *c, Package *pkg)
{
    for (int i = 0; i < pkg->scope->order.n; i++)
        check_obj_decl(c, pkg->scope->order.v[i]);
}

/* By declaration: the StdDecls' order, then the place in the spec. */
static int std_var_before(Object *a, Object *b)
{
    return a->std_decl->order != b->std_decl->order ? a->std_decl->order < b->std_decl->order
                                                     : a->index < b->index;
}

void check_std_init_order(Checker *c, Package *pkg)
{
    PtrVec *v = &pkg->vars;
    for (int i = 1; i < v->n; i++) {
        Object *o = v->v[i];
        int j = i;
        for (; j > 0 && std_var_before(o, v->v[j - 1]); j--)
            v->v[j] = v->v[j - 1];
        v->v[j] = o;
    }
    for (int i = 0; i < v->n; i++)
        ((Object *)v->v[i])->init_order = 0;
    pkg->init_order.n = 0;
    compute_init_order(c, v, &pkg->init_order);
    pkg->vars_dirty = 0;
}

void checker_init(Checker *c, Arena *arena, Interner *in, Diag *diag)
{
    memset(c, 0, sizeof *c);
    c->arena = arena;
    c->in = in;
    c->diag = diag;
    c->ca = arena_alloc(arena, sizeof *c->ca);
    const_arena_init(c->ca, arena);
    c->universe = universe_new(c);
}

void checker_free(Checker *c)
{
    const_arena_free(c->ca);
    for (int i = 0; i < c->packages.n; i++) {
        Package *p = c->packages.v[i];
        free(p->init_order.v);      /* standard packages' variables in init order */
        free(p->vars.v);
        free(p->std_decls.v);
        free(p->std_methods.v);
    }
    free(c->std_work.v);
    free(c->objpath.v);
    free(c->repl_undo.v);
    free(c->packages.v);
    free(c->delayed.v);
    free(c->imports.v);
    free(c->init_order.v);
    free(c->methods.v);
    free(c->pkg_inits.v);
    free(c->later_types.v);
}

/* The collected package-level objects, as types2's packageObjects: defined
 * types first, then aliases, then the rest, so an alias met inside a type it
 * helps define finds that type already named. */
static void resolve_pkg_objs(Checker *c)
{
    for (int phase = 0; phase < 3; phase++) {
        for (int i = 0; i < c->pkg_objs.n; i++) {
            Object *o = c->pkg_objs.v[i];
            int alias = o->kind == OBJ_TYPE && (o->decl->flags & NF_ALIAS);
            int which = o->kind != OBJ_TYPE ? 2 : alias ? 1 : 0;
            if (which == phase)
                check_obj_decl(c, o);
        }
    }
}

/* Checks one file as package pkg (the main package). */
/* A package-level name that an import of the file also declares (types2's
 * resolver: package and file scopes must not share a name). */
static void check_import_conflicts(Checker *c)
{
    if (c->in_stdlib || c->repl_gen)
        return;
    Scope *fs = c->file_scope;
    for (int i = 0; i < fs->order.n; i++) {
        Object *o = fs->order.v[i];
        Object *alt = scope_lookup_local(c->pkg->scope, o->name);
        if (!alt)
            continue;
        if (o->kind == OBJ_PKG && o->imported)
            check_error(c, alt->pos, "%s already declared through import of package %s (\"%s\")"
                        "\n\t%s:%d:%d: other declaration of %s", alt->name, o->imported->name,
                        o->imported->path, c->filename, o->pos.line, o->pos.col, o->name);
        else if (o->pkg)
            check_error(c, alt->pos, "%s already declared through dot-import of package %s (\"%s\")",
                        alt->name, o->pkg->name, o->pkg->path);
    }
}

void check_file_in(Checker *c, Package *pkg, Node *file, const char *filename, Diag *diag)
{
    Package *savedpkg = c->pkg;
    Scope *savedfs = c->file_scope;
    const char *savedfn = c->filename;
    Diag *saveddiag = c->diag;
    PtrVec savedimports = c->imports, savedmethods = c->methods, saveddelayed = c->delayed;
    PtrVec savedobjs = c->pkg_objs;
    c->pkg_objs = (PtrVec){0};
    c->imports = (PtrVec){0};
    c->methods = (PtrVec){0};
    c->delayed = (PtrVec){0};
    c->pkg = pkg;
    c->diag = diag;
    c->filename = filename;
    c->file_scope = scope_new(c->arena, pkg->scope);
    pkg->file_scope = c->file_scope;    /* the REPL's entries go on in it */
    c->scope = c->file_scope;
    collect_objects(c, file);
    if (c->import_failed && !c->in_stdlib) {
        /* go reports a missing package and checks nothing further */
        c->main_objs = c->pkg_objs;
        goto out;
    }
    check_import_conflicts(c);
    resolve_pkg_objs(c);
    for (int i = 0; i < c->pkg_inits.n; i++) {
        Object *o = c->pkg_inits.v[i];
        if (o->pkg == pkg)
            check_obj_decl(c, o);
    }
    associate_orphan_methods(c);
    for (int i = 0; i < c->pkg_objs.n; i++) {
        Object *o = c->pkg_objs.v[i];
        if (o->kind == OBJ_TYPE && o->type && o->type->kind == TY_NAMED && o->type->obj == o &&
            o->type->underlying && o->type->underlying->kind == TY_NAMED)
            o->type->underlying = type_underlying(o->type->underlying);
    }
    check_later_types(c);
    check_bodies(c);
    check_later_types(c);            /* those of types declared in function bodies */
    check_unused_imports(c);
    c->main_objs = c->pkg_objs;     /* arena-allocated, like pkg_objs */
out:
    free(c->imports.v);
    free(c->methods.v);
    free(c->delayed.v);
    c->imports = savedimports;
    c->pkg_objs = savedobjs;
    c->methods = savedmethods;
    c->delayed = saveddelayed;
    c->pkg = savedpkg;
    c->file_scope = savedfs;
    c->filename = savedfn;
    c->diag = saveddiag;
}

Package *check_main(Checker *c, Node *file)
{
    Package *pkg = arena_alloc(c->arena, sizeof *pkg);
    pkg->path = "main";
    pkg->name = file->x->name;
    pkg->scope = scope_new(c->arena, c->universe);
    c->filename = c->diag->file;
    int before = diag_count(c->diag);
    /* go resolves imports before compiling: an unknown package is the only error shown */
    for (int i = 0; i < file->list.n; i++) {
        Node *d = file->list.v[i];
        if (d->kind != N_GENDECL || d->op != TK_IMPORT)
            continue;
        for (int j = 0; j < d->list.n; j++) {
            const char *path = unquote_path(c, d->list.v[j]->y);
            if (!stdpkg_exists(path))
                check_error(c, d->list.v[j]->y->pos, "package %s is not in GOROOT (/usr/lib/go-1.19/src/%s)",
                            path, path);
        }
    }
    if (diag_count(c->diag) > before)
        return NULL;
    flow_check_file_branches(c->diag, file);
    check_file_in(c, pkg, file, c->diag->file, c->diag);
    c->pkg = pkg;
    if (!report_init_cycles(c, &c->main_objs) && diag_count(c->diag) == before) {
        compute_init_order(c, &c->main_objs, &c->init_order);
        if (!strcmp(pkg->name, "main") && !scope_lookup_local(pkg->scope, intern_cstr(c->in, "main")))
            check_error(c, (Pos){0, 0}, "runtime.main_main·f: function main is undeclared in the main package");
    }
    return diag_count(c->diag) == before ? pkg : NULL;
}

/* Takes back what an entry with errors declared, restoring what it replaced. */
static void repl_undo(Checker *c)
{
    for (int i = c->repl_undo.n - 3; i >= 0; i -= 3) {
        Scope *s = c->repl_undo.v[i];
        Object *o = c->repl_undo.v[i + 1];
        if (c->repl_undo.v[i + 2])
            scope_remove(s, o);
        else
            scope_insert(c->arena, s, o);
    }
}

int check_repl_entry(Checker *c, Package *pkg, Node *file, PtrVec *vars)
{
    int before = diag_count(c->diag);
    c->repl_gen++;
    c->repl_undo.n = 0;
    PtrVec savedobjs = c->pkg_objs;
    c->pkg_objs = (PtrVec){0};
    c->methods = (PtrVec){0};
    c->delayed = (PtrVec){0};
    c->imports = (PtrVec){0};
    c->pkg = pkg;
    c->file_scope = pkg->file_scope;
    c->scope = c->file_scope;
    c->filename = c->diag->file;
    /* methods of types from earlier entries: their method counts, to take
     * the new ones back after errors */
    PtrVec oldtypes = {0};
    collect_objects(c, file);
    resolve_pkg_objs(c);
    /* methods declared on a type of an earlier entry */
    for (int i = 0; i < c->methods.n; i++) {
        Node *d = c->methods.v[i];
        int ptr;
        Node *base = d ? recv_base(d->x->x, &ptr) : NULL;
        if (!base || base->kind != N_IDENT)
            continue;
        Object *t = scope_lookup_local(pkg->scope, base->name);
        if (!t || t->kind != OBJ_TYPE || t->repl_gen == c->repl_gen || !t->type || t->type->kind != TY_NAMED ||
            t->type->obj != t)
            continue;
        vec_push(&oldtypes, t->type);
        vec_push(&oldtypes, (void *)(intptr_t)t->type->nmethods);
        collect_methods(c, t, base->name);
    }
    for (int i = 0; i < c->pkg_inits.n; i++) {
        Object *o = c->pkg_inits.v[i];
        if (o->pkg == pkg && o->state != OS_RESOLVED) {
            check_error(c, o->pos, "func init is not run by the REPL: declare it with another name");
            memmove(&c->pkg_inits.v[i], &c->pkg_inits.v[i + 1], (size_t)(c->pkg_inits.n - i - 1) * sizeof(void *));
            c->pkg_inits.n--;
            i--;
        }
    }
    associate_orphan_methods(c);
    check_later_types(c);
    check_bodies(c);
    int ok = diag_count(c->diag) == before;
    if (ok) {
        /* each declaration's variables in their initialization order */
        for (int i = 0; i < file->list.n; i++) {
            Node *d = file->list.v[i];
            if (d->kind != N_GENDECL || d->op != TK_VAR)
                continue;
            PtrVec objs = {0};
            for (int j = 0; j < d->list.n; j++)
                for (int k = 0; k < d->list.v[j]->list.n; k++)
                    if (d->list.v[j]->list.v[k]->obj)
                        vec_push(&objs, d->list.v[j]->list.v[k]->obj);
            compute_init_order(c, &objs, vars);
            free(objs.v);
        }
        ok = diag_count(c->diag) == before;
    }
    if (!ok) {
        repl_undo(c);
        for (int i = 0; i + 1 < oldtypes.n; i += 2)
            ((Type *)oldtypes.v[i])->nmethods = (int)(intptr_t)oldtypes.v[i + 1];
    }
    free(oldtypes.v);
    free(c->methods.v);
    free(c->delayed.v);
    free(c->imports.v);
    c->methods = c->delayed = c->imports = (PtrVec){0};
    c->pkg_objs = savedobjs;
    return ok;
}

int check_repl_operand(Checker *c, Package *pkg, Node *e, Type **t)
{
    int gen = c->repl_gen;
    if (!gen)
        c->repl_gen = 1;
    c->pkg = pkg;
    c->file_scope = pkg->file_scope;
    c->scope = c->file_scope;
    c->fn = NULL;
    c->iota = NULL;
    c->decl_obj = NULL;
    Operand x;
    check_raw_expr(c, &x, e, NULL, 0);
    *t = x.type;
    c->repl_gen = gen;
    return x.mode;
}

int check_is_panic(void *ctx, const Node *call)
{
    (void)ctx;
    const Node *f = call->x;
    while (f && f->kind == N_PAREN)
        f = f->x;
    return f && f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN &&
           f->obj->builtin == BI_PANIC && call->mode == M_NOVALUE;
}
