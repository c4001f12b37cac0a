/*
 * expr.c — expressions: operands, untyped constants, operators, selectors,
 * indexing, composite and function literals, type assertions, calls and
 * conversions (after types2's expr.go, operand.go, call.go, index.go,
 * conversions.go, assignments.go).
 *
 * Every checked expression node is annotated with its mode, type and, for
 * constants, value (record). Untyped operands keep their untyped type until
 * context fixes it: convert_untyped then rewrites the types recorded on the
 * expression tree (update_expr_type), so the code generator sees the final
 * machine type of every untyped subexpression. An operand in M_INVALID mode
 * means an error was already reported: callers stay silent about it.
 */
#include "compiler/check.h"

#include <stdlib.h>
#include <string.h>

static Type *invalid_type(void)
{
    return basic_types[TY_INVALID];
}

void record(Checker *c, Operand *x)
{
    if (!x->expr)
        return;
    x->expr->mode = x->mode;
    x->expr->type = x->type;
    if (x->mode == M_CONST)
        x->expr->val = x->val;
}

static void set_invalid(Operand *x)
{
    x->mode = M_INVALID;
    x->type = invalid_type();
}

static int is_nil(Operand *x)
{
    return x->mode == M_NILVALUE || (x->type && x->type->kind == TY_UNTYPED_NIL);
}

/* Untyped constants and representability. */

static int repr_of(Type *t, ConstRepr *r)
{
    switch (type_underlying(t)->kind) {
    case TY_INT8: *r = CR_INT8; return 1;
    case TY_INT16: *r = CR_INT16; return 1;
    case TY_INT32: *r = CR_INT32; return 1;
    case TY_INT: case TY_INT64: *r = CR_INT64; return 1;
    case TY_UINT8: *r = CR_UINT8; return 1;
    case TY_UINT16: *r = CR_UINT16; return 1;
    case TY_UINT32: *r = CR_UINT32; return 1;
    case TY_UINT: case TY_UINT64: case TY_UINTPTR: *r = CR_UINT64; return 1;
    case TY_FLOAT32: *r = CR_FLOAT32; return 1;
    case TY_FLOAT64: *r = CR_FLOAT64; return 1;
    case TY_COMPLEX64: *r = CR_COMPLEX64; return 1;
    case TY_COMPLEX128: *r = CR_COMPLEX128; return 1;
    default: return 0;
    }
}

enum { RC_OK, RC_TRUNCATED, RC_OVERFLOW, RC_INVALID, RC_UNTYPED };

/* Is constant x representable in basic type t? On success *out is its value
 * as t holds it. */
static int representation(Checker *c, Operand *x, Type *t, ConstVal **out)
{
    Type *u = type_underlying(t);
    ConstVal *v = x->val;
    *out = v;
    if (v->kind == CV_UNKNOWN)
        return RC_OK;
    ConstRepr r = CR_INT64;
    if (type_is_numeric(u) && !type_is_untyped(u)) {
        if (v->kind != CV_INT && v->kind != CV_FLOAT && v->kind != CV_COMPLEX)
            return RC_INVALID;
        repr_of(u, &r);
        ConstFit fit = const_represent(c->ca, v, r, out);
        if (fit == CF_OK)
            return RC_OK;
        if (!type_is_numeric(x->type))
            return RC_INVALID;
        if (!type_is_integer(x->type) && type_is_integer(u))
            return RC_TRUNCATED;
        return RC_OVERFLOW;
    }
    switch (u->kind) {
    case TY_BOOL: case TY_UNTYPED_BOOL:
        return v->kind == CV_BOOL ? RC_OK : RC_INVALID;
    case TY_STRING: case TY_UNTYPED_STRING:
        return v->kind == CV_STRING ? RC_OK : RC_INVALID;
    case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: {
        ConstVal *iv = const_to_kind(c->ca, v, CV_INT);
        if (!iv)
            return v->kind == CV_FLOAT || v->kind == CV_COMPLEX ? RC_TRUNCATED : RC_INVALID;
        *out = iv;
        return RC_OK;
    }
    case TY_UNTYPED_FLOAT: {
        ConstVal *fv = const_to_kind(c->ca, v, CV_FLOAT);
        if (!fv)
            return RC_INVALID;
        *out = fv;
        return RC_OK;
    }
    case TY_UNTYPED_COMPLEX: {
        ConstVal *cv = const_to_kind(c->ca, v, CV_COMPLEX);
        if (!cv)
            return RC_INVALID;
        *out = cv;
        return RC_OK;
    }
    default:
        return RC_INVALID;
    }
}

static void invalid_conversion(Checker *c, int code, Operand *x, Type *target)
{
    const char *fmt = code == RC_TRUNCATED ? "%s truncated to %s"
                    : code == RC_OVERFLOW ? "%s overflows %s" : "cannot convert %s to %s";
    check_error(c, ast_start(x->expr), fmt, operand_string(c, x), tstr(c, target));
}

int representable(Checker *c, Operand *x, Type *t, int report)
{
    ConstVal *v;
    int code = representation(c, x, t, &v);
    if (code != RC_OK) {
        if (report)
            invalid_conversion(c, code, x, t);
        set_invalid(x);
        return 0;
    }
    x->val = v;
    return 1;
}

/* Rewrites the recorded type of an untyped expression tree once its final
 * type is known (types2's updateExprType). */
static void update_expr_type0(Checker *c, Node *parent, Node *e, Type *t, int final);

static void update_expr_type(Checker *c, Node *e, Type *t, int final)
{
    update_expr_type0(c, NULL, e, t, final);
}

static void update_expr_type0(Checker *c, Node *parent, Node *e, Type *t, int final)
{
    if (!e || !e->type || !type_is_untyped(e->type))
        return;
    switch (e->kind) {
    case N_PAREN:
        update_expr_type0(c, e, e->x, t, final);
        break;
    case N_UNARY:
        if (!e->val)
            update_expr_type0(c, e, e->x, t, final);
        break;
    case N_BINARY:
        if (e->val)
            break;
        if (e->op == TK_EQL || e->op == TK_NEQ || e->op == TK_LSS || e->op == TK_LEQ ||
            e->op == TK_GTR || e->op == TK_GEQ)
            break;
        update_expr_type0(c, e, e->x, t, final);
        if (e->op != TK_SHL && e->op != TK_SHR)
            update_expr_type0(c, e, e->y, t, final);
        break;
    default:
        break;
    }
    if (!final && type_is_untyped(t)) {
        e->type = type_underlying(t);
        return;
    }
    if (e->flags & NF_SHIFT_LHS) {
        if (!type_is_integer(t)) {
            /* the lhs of a non-constant shift takes the context's type */
            check_error(c, ast_start(e), "invalid operation: %s (shift of type %s)",
                        expr_str(c, parent ? parent : e), tstr(c, t));
            return;
        }
    }
    if (e->val && !type_is_untyped(t) && type_underlying(t)->kind != TY_INTERFACE) {
        Operand o = { .mode = M_CONST, .expr = e, .type = e->type, .val = e->val };
        if (!representable(c, &o, t, 1))
            return;
        e->val = o.val;
    }
    e->type = t;
}

/* types2's implicitTypeAndValue: the type untyped x takes in a context
 * expecting target. Returns NULL with *code set when impossible. */
static Type *implicit_type(Checker *c, Operand *x, Type *target, ConstVal **val, int *code)
{
    *val = NULL;
    *code = RC_OK;
    if (x->mode == M_INVALID || !type_is_untyped(x->type) || target->kind == TY_INVALID)
        return x->type;
    if (type_is_untyped(target)) {
        TypeKind xk = x->type->kind, tk = target->kind;
        if (type_is_numeric(x->type) && type_is_numeric(target)) {
            if (xk < tk)
                return target;
        } else if (xk != tk) {
            *code = RC_INVALID;
            return NULL;
        }
        return x->type;
    }
    if (is_nil(x)) {
        if (type_has_nil(target))
            return target;
        *code = RC_INVALID;
        return NULL;
    }
    Type *u = type_underlying(target);
    if (u->kind <= TY_UNTYPED_NIL) {
        if (x->mode == M_CONST) {
            *code = representation(c, x, target, val);
            return *code == RC_OK ? target : NULL;
        }
        switch (x->type->kind) {
        case TY_UNTYPED_BOOL:
            if (!type_is_boolean(target)) goto bad;
            break;
        case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: case TY_UNTYPED_FLOAT: case TY_UNTYPED_COMPLEX:
            if (!type_is_numeric(target)) goto bad;
            break;
        case TY_UNTYPED_STRING:
            if (!type_is_string(target)) goto bad;
            break;
        default:
            goto bad;
        }
        return target;
    }
    if (u->kind == TY_INTERFACE) {
        iface_complete(c->arena, u);
        if (u->nmethods > 0)
            goto bad;
        return type_default(x->type);
    }
bad:
    *code = RC_INVALID;
    return NULL;
}

/* Gives untyped x the type nt (and constant value v, if any) that context chose. */
static void set_implicit(Checker *c, Operand *x, Type *nt, ConstVal *v)
{
    if (v) {
        x->val = v;
        if (x->expr)
            x->expr->val = v;
    }
    if (nt != x->type) {
        x->type = nt;
        update_expr_type(c, x->expr, nt, !type_is_untyped(nt));
    }
}

void convert_untyped(Checker *c, Operand *x, Type *target)
{
    ConstVal *v;
    int code;
    Type *nt = implicit_type(c, x, target, &v, &code);
    if (!nt) {
        Type *t = type_underlying(target);
        invalid_conversion(c, code, x, t);
        set_invalid(x);
        return;
    }
    set_implicit(c, x, nt, v);
}

void single_value(Checker *c, Operand *x)
{
    if (x->mode == M_VALUE && x->type && x->type->kind == TY_TUPLE) {
        int n = x->type->nfields;
        if (n == 1) {
            x->type = x->type->fields[0].type;
            return;
        }
        check_error(c, ast_start(x->expr), "multiple-value %s (value of type %s) in single-value context",
                    expr_str(c, x->expr), tstr(c, x->type));
        set_invalid(x);
    }
}

/* Assignability with types2's reasons (operand.assignableTo). */
static int assignable_to(Checker *c, Operand *x, Type *t, Buf *reason)
{
    if (x->mode == M_INVALID || t->kind == TY_INVALID || x->type->kind == TY_INVALID)
        return 1;
    Type *v = x->type;
    if (types_identical(v, t))
        return 1;
    Type *vu = type_underlying(v), *tu = type_underlying(t);
    if (vu->kind == TY_INVALID || tu->kind == TY_INVALID)
        return 1;       /* a type already in error (types2: avoid spurious errors) */
    if (type_is_untyped(vu)) {
        ConstVal *val;
        int code;
        return implicit_type(c, x, t, &val, &code) != NULL;
    }
    if (types_identical(vu, tu) && (!type_is_named(v) || !type_is_named(t)))
        return 1;
    if (tu->kind == TY_INTERFACE || (tu->kind == TY_POINTER && type_is_interface(tu->elem))) {
        Method *m;
        int wrong, ptr;
        if (tu->kind == TY_POINTER) {
            if (reason)
                buf_printf(reason, "%s does not implement %s (type %s is pointer to interface, not interface)",
                           tstr(c, v), tstr(c, t), tstr(c, t));
            return 0;
        }
        if (type_implements(v, t, &m, &wrong, &ptr))
            return 1;
        if (reason) {
            if (vu->kind == TY_POINTER && type_is_interface(vu->elem)) {
                buf_printf(reason, "%s does not implement %s (type %s is pointer to interface, not interface)",
                           tstr(c, v), tstr(c, t), tstr(c, v));
            } else if (ptr) {
                buf_printf(reason, "%s does not implement %s (%s method has pointer receiver)",
                           tstr(c, v), tstr(c, t), m->name);
            } else if (wrong) {
                Selection sel;
                Type *have = NULL;
                if (vu->kind == TY_INTERFACE) {
                    for (int i = 0; i < vu->nmethods; i++)
                        if (vu->methods[i].name == m->name)
                            have = vu->methods[i].sig;
                } else if (lookup_field_or_method(v, 0, m->name, c->pkg, &sel) == 2) {
                    have = sel.method->sig;
                }
                buf_printf(reason, "%s does not implement %s (wrong type for %s method)\n\t\thave %s%s\n\t\twant %s%s",
                           tstr(c, v), tstr(c, t), m->name, m->name,
                           have ? tstr(c, have) + 4 : "", m->name, tstr(c, m->sig) + 4);
            } else {
                buf_printf(reason, "%s does not implement %s (missing %s method)",
                           tstr(c, v), tstr(c, t), m->name);
            }
        }
        return 0;
    }
    if (vu->kind == TY_INTERFACE) {
        Method *m;
        int wrong, ptr;
        if (type_implements(t, v, &m, &wrong, &ptr)) {
            if (reason)
                buf_puts(reason, "need type assertion");
            return 0;
        }
    }
    if (vu->kind == TY_CHAN && vu->dir == CHAN_BOTH && tu->kind == TY_CHAN &&
        types_identical(vu->elem, tu->elem))
        return !type_is_named(v) || !type_is_named(t);
    return 0;
}

void assignment(Checker *c, Operand *x, Type *t, const char *context)
{
    single_value(c, x);
    switch (x->mode) {
    case M_INVALID:
        return;
    case M_CONST: case M_VAR: case M_MAPINDEX: case M_VALUE: case M_NILVALUE: case M_COMMAOK:
        break;
    default:
        check_error(c, ast_start(x->expr), "cannot assign %s to %s in %s", operand_string(c, x),
                    t ? tstr(c, t) : "_", context);
        set_invalid(x);
        return;
    }
    if (type_is_untyped(x->type)) {
        Type *target = t;
        if (is_nil(x)) {
            if (!t) {
                check_error(c, ast_start(x->expr), "use of untyped nil in %s", context);
                set_invalid(x);
                return;
            }
        } else if (!t || type_is_interface(t)) {
            target = type_default(x->type);
        }
        ConstVal *v;
        int code;
        Type *nt = implicit_type(c, x, target, &v, &code);
        if (!nt) {
            const char *suffix = code == RC_TRUNCATED ? " (truncated)"
                               : code == RC_OVERFLOW ? " (overflows)" : "";
            check_error(c, ast_start(x->expr), "cannot use %s as %s value in %s%s",
                        operand_string(c, x), tstr(c, target), context, suffix);
            set_invalid(x);
            return;
        }
        set_implicit(c, x, nt, v);
    }
    if (!t)
        return;
    Buf reason = {0};
    if (!assignable_to(c, x, t, &reason)) {
        if (reason.n)
            check_error(c, ast_start(x->expr), "cannot use %s as type %s in %s:\n\t%s",
                        operand_string(c, x), tstr(c, t), context, reason.s);
        else
            check_error(c, ast_start(x->expr), "cannot use %s as type %s in %s",
                        operand_string(c, x), tstr(c, t), context);
        set_invalid(x);
    }
    buf_free(&reason);
}

/* Identifiers. */

static void check_ident(Checker *c, Operand *x, Node *e, int want_type)
{
    set_invalid(x);
    x->expr = e;
    Scope *found;
    Object *obj = lookup(c, e->name, &found);
    if (!obj) {
        if (e->name[0] == '_' && e->name[1] == 0)
            check_error(c, e->pos, "cannot use _ as value or type");
        else
            check_error(c, e->pos, "undefined: %s", e->name);
        return;
    }
    e->obj = obj;
    if (obj->imported && obj->kind != OBJ_PKG)
        ((Object *)obj->imported)->used = 1;    /* dot-imported name */
    if (!obj->type || (obj->kind == OBJ_TYPE && want_type) || obj->state != OS_RESOLVED)
        check_obj_decl(c, obj);
    switch (obj->kind) {
    case OBJ_PKG:
        check_error(c, e->pos, "use of package %s not in selector", obj->name);
        return;
    case OBJ_CONST:
        record_use(c, obj);
        if (!obj->type || obj->type->kind == TY_INVALID)
            return;
        if (obj->name == intern_cstr(c->in, "iota") && found == c->universe) {
            if (!c->iota) {
                check_error(c, e->pos, "cannot use iota outside constant declaration");
                return;
            }
            x->val = c->iota;
        } else {
            x->val = obj->val;
        }
        x->mode = M_CONST;
        break;
    case OBJ_TYPE:
        x->mode = M_TYPEXPR;
        break;
    case OBJ_VAR:
        if (obj->pkg == c->pkg || !obj->pkg)
            record_use(c, obj);
        if (!obj->type)
            return;
        x->mode = M_VAR;
        break;
    case OBJ_FUNC:
        record_use(c, obj);
        x->mode = M_VALUE;
        break;
    case OBJ_BUILTIN:
        x->id = obj->builtin;
        x->mode = M_BUILTIN;
        x->type = invalid_type();
        record(c, x);
        return;
    case OBJ_NIL:
        x->mode = M_NILVALUE;
        x->type = basic_types[TY_UNTYPED_NIL];
        record(c, x);
        return;
    default:
        return;
    }
    x->type = obj->type ? obj->type : invalid_type();
    if (x->type->kind == TY_INVALID)
        x->mode = M_INVALID;
    record(c, x);
}

/* Selectors: qualified identifiers, fields, methods, method expressions. */

static int is_exported(const char *name)
{
    unsigned char ch = (unsigned char)name[0];
    return ch >= 'A' && ch <= 'Z';
}

void check_selector(Checker *c, Operand *x, Node *e)
{
    const char *sel = e->y->name;
    if (e->x->kind == N_IDENT) {
        Object *o = lookup(c, e->x->name, NULL);
        if (o && o->kind == OBJ_PKG) {
            o->used = 1;
            e->x->obj = o;
            Package *p = o->imported;
            Object *m = scope_lookup_local(p->scope, sel);
            if (m && m->state != OS_RESOLVED && is_exported(sel))
                check_obj_decl(c, m);   /* a standard declaration is rebuilt when first named */
            x->expr = e;
            if (!m || !is_exported(sel)) {
                if (m && !is_exported(sel))
                    check_error(c, e->y->pos, "%s not exported by package %s", sel, p->name);
                else
                    check_error(c, e->y->pos, "undefined: %s.%s", e->x->name, sel);
                set_invalid(x);
                return;
            }
            e->y->obj = m;
            e->obj = m;
            switch (m->kind) {
            case OBJ_CONST:
                x->mode = M_CONST;
                x->val = m->val;
                break;
            case OBJ_TYPE:
                x->mode = M_TYPEXPR;
                break;
            case OBJ_VAR:
                x->mode = M_VAR;
                break;
            case OBJ_FUNC:
                x->mode = M_VALUE;
                break;
            case OBJ_BUILTIN:
                x->mode = M_BUILTIN;
                x->id = m->builtin;
                x->type = invalid_type();
                record(c, x);
                return;
            default:
                set_invalid(x);
                return;
            }
            x->type = m->type;
            record(c, x);
            return;
        }
    }
    check_expr_or_type(c, x, e->x);
    if (x->mode == M_INVALID)
        goto fail;
    if (x->mode == M_TYPEXPR) {
        /* method expression T.m */
        Type *t = x->type;
        Selection s;
        int k = lookup_field_or_method(t, 0, sel, c->pkg, &s);
        if (k != 2) {
            check_error(c, e->y->pos, "%s undefined (type %s has no method %s)", expr_str(c, e),
                        tstr(c, t), sel);
            goto fail;
        }
        if (s.method->ptr_recv && t->kind != TY_POINTER && !s.indirect) {
            check_error(c, e->y->pos,
                        "invalid method expression %s (needs pointer receiver (*%s).%s)",
                        expr_str(c, e), tstr(c, t), sel);
            goto fail;
        }
        if (c->decl_obj && s.method->func && s.method->func->pkg == c->pkg)
            avec_push(c->arena, &c->decl_obj->deps, s.method->func);   /* init order through methods */
        Type *msig = s.method->sig;
        Type *f = type_new(c->arena, TY_FUNC);
        f->params = type_tuple(c->arena, msig->params->nfields + 1);
        f->params->fields[0].name = "";
        f->params->fields[0].type = t;
        for (int i = 0; i < msig->params->nfields; i++)
            f->params->fields[i + 1] = msig->params->fields[i];
        f->results = msig->results;
        f->variadic = msig->variadic;
        x->mode = M_VALUE;
        x->type = f;
        x->expr = e;
        record(c, x);
        return;
    }
    if (x->mode == M_NOVALUE || x->mode == M_BUILTIN) {
        check_error(c, ast_start(e->x), "%s is not an expression", expr_str(c, e->x));
        goto fail;
    }
    single_value(c, x);
    if (x->mode == M_INVALID)
        goto fail;
    {
        Type *t = x->type;
        if (type_is_untyped(t)) {
            check_error(c, e->y->pos, "%s undefined (type %s has no field or method %s)",
                        expr_str(c, e), tstr(c, t), sel);
            goto fail;
        }
        Selection s;
        int k = lookup_field_or_method(t, 0, sel, c->pkg, &s);
        if (k == -1) {
            check_error(c, e->y->pos, "ambiguous selector %s", expr_str(c, e));
            goto fail;
        }
        if (k == 0) {
            Type *u = type_underlying(t);
            const char *why = "";
            char *buf = NULL;
            if (u->kind == TY_POINTER && type_is_interface(u->elem)) {
                buf = xasprintf(" (type %s is pointer to interface, not interface)", tstr(c, t));
                why = buf;
            } else {
                /* a capitalisation hint, as types2 gives */
                char alt[256];
                snprintf(alt, sizeof alt, "%s", sel);
                alt[0] = (char)(is_exported(sel) ? alt[0] - 'A' + 'a' : alt[0] - 'a' + 'A');
                const char *alti = intern_cstr(c->in, alt);
                Selection s2;
                int k2 = (alt[0] >= 'a' && alt[0] <= 'z') || (alt[0] >= 'A' && alt[0] <= 'Z')
                             ? lookup_field_or_method(t, 0, alti, c->pkg, &s2) : 0;
                if (k2 == 1)
                    buf = xasprintf(" (type %s has no field or method %s, but does have %s)",
                                    tstr(c, t), sel, alti);
                else if (k2 == 2)
                    buf = xasprintf(" (type %s has no field or method %s, but does have %s)",
                                    tstr(c, t), sel, alti);
                else
                    buf = xasprintf(" (type %s has no field or method %s)", tstr(c, t), sel);
                why = buf;
            }
            check_error(c, e->y->pos, "%s undefined%s", expr_str(c, e), why);
            free(buf);
            goto fail;
        }
        if (k == 1) {
            if (x->mode == M_VAR || s.indirect)
                x->mode = M_VAR;
            else
                x->mode = M_VALUE;
            x->type = s.field->type;
        } else {
            Method *m = s.method;
            if (m->func && m->func->state != OS_RESOLVED)
                check_obj_decl(c, m->func);
            if (c->decl_obj && m->func && m->func->pkg == c->pkg && m->func != c->decl_obj)
                avec_push(c->arena, &c->decl_obj->deps, m->func);   /* init order through methods */
            if (m->ptr_recv && !s.indirect && t->kind != TY_POINTER && x->mode != M_VAR) {
                check_error(c, e->y->pos, "cannot call pointer method %s on %s", sel, tstr(c, t));
                goto fail;
            }
            x->mode = M_VALUE;
            x->type = m->sig ? m->sig : invalid_type();
        }
        e->y->obj = NULL;
        x->expr = e;
        record(c, x);
        return;
    }
fail:
    set_invalid(x);
    x->expr = e;
}

/* Composite literals. */

static int64_t index_value(Checker *c, Node *e, int64_t max, int *ok);

static void check_elements(Checker *c, Type *elem, NodeList *l, int64_t length, int64_t *maxlen)
{
    int64_t idx = 0, max = 0;
    int64_t *seen = NULL;
    int nseen = 0;
    for (int i = 0; i < l->n; i++) {
        Node *el = l->v[i];
        Node *val = el;
        if (el->kind == N_KEYVALUE) {
            int ok;
            int64_t k = index_value(c, el->x, length, &ok);
            if (ok && k < 0)    /* a valid index that is not constant */
                check_error(c, el->pos, "index %s must be integer constant", expr_str(c, el->x));
            idx = ok ? k : -1;
            val = el->y;
        } else if (length >= 0 && idx >= length) {
            check_error(c, ast_start(el), "index %lld is out of bounds (>= %lld)", (long long)idx,
                        (long long)length);
            idx = -1;
        }
        if (idx >= 0) {
            for (int j = 0; j < nseen; j++)
                if (seen[j] == idx) {
                    check_error(c, ast_start(el), "duplicate index %lld in array or slice literal",
                                (long long)idx);
                    break;
                }
            seen = xrealloc(seen, (size_t)(nseen + 1) * sizeof *seen);
            seen[nseen++] = idx;
            idx++;
            if (idx > max)
                max = idx;
        }
        Operand x;
        if (val->kind == N_COMPOSITE && !val->x) {
            check_expr_with_hint(c, &x, val, elem);
        } else {
            check_expr_with_hint(c, &x, val, elem);
        }
        assignment(c, &x, elem, "array or slice literal");
        if (idx < 0)
            idx = 0;
    }
    free(seen);
    *maxlen = max;
}

static void check_composite(Checker *c, Operand *x, Node *e, Type *hint)
{
    Type *typ = NULL, *base = NULL;
    if (e->x) {
        if (e->x->kind == N_ARRAYTYPE && e->x->x->kind == N_ELLIPSIS) {
            Type *elem = check_type(c, e->x->y);
            typ = type_array(c->arena, elem, -1);
            base = typ;
        } else {
            typ = check_type(c, e->x);
            base = typ;
        }
    } else if (hint) {
        typ = hint;
        base = typ;
        Type *hu = type_underlying(hint);
        if (hu->kind == TY_POINTER) {
            /* &T{} elided: {…} in a []*T literal */
            base = hu->elem;
        }
    } else {
        check_error(c, e->pos, "missing type in composite literal");
        goto fail;
    }
    if (base->kind == TY_NAMED && !base->underlying) {
        /* a literal of a type whose definition is still being checked: T [len(T{})]int */
        check_error(c, ast_start(e), "illegal cycle in type declaration");
        goto fail;
    }
    Type *u = type_underlying(base);
    switch (u->kind) {
    case TY_STRUCT:
        if (e->list.n == 0)
            break;
        if (e->list.v[0]->kind == N_KEYVALUE) {
            const char **seen = arena_alloc(c->arena, (size_t)u->nfields * sizeof *seen + 1);
            for (int i = 0; i < e->list.n; i++) {
                Node *kv = e->list.v[i];
                if (kv->kind != N_KEYVALUE) {
                    check_error(c, ast_start(kv), "mixture of field:value and value elements in struct literal");
                    Operand tmp;
                    check_expr(c, &tmp, kv);
                    continue;
                }
                if (kv->x->kind != N_IDENT) {
                    check_error(c, ast_start(kv), "invalid field name %s in struct literal",
                                expr_str(c, kv->x));
                    Operand tmp;
                    check_expr(c, &tmp, kv->y);
                    continue;
                }
                int fi = -1;
                for (int f = 0; f < u->nfields; f++)
                    if (u->fields[f].name == kv->x->name && strcmp(kv->x->name, "_") != 0)
                        fi = f;
                if (fi < 0) {
                    check_error(c, kv->x->pos, "unknown field '%s' in struct literal of type %s",
                                kv->x->name, tstr(c, base));
                    Operand tmp;
                    check_expr(c, &tmp, kv->y);
                    continue;
                }
                Field *fl = &u->fields[fi];
                Operand v;
                check_expr(c, &v, kv->y);       /* no elided type: only in arrays, slices, maps */
                assignment(c, &v, fl->type, "struct literal");
                if (seen[fi]) {
                    check_error(c, kv->pos, "duplicate field name %s in struct literal",
                                kv->x->name);
                    continue;
                }
                seen[fi] = fl->name;
            }
        } else {
            int i;
            for (i = 0; i < e->list.n; i++) {
                Node *el = e->list.v[i];
                Operand v;
                if (el->kind == N_KEYVALUE) {
                    check_error(c, el->pos, "mixture of field:value and value elements in struct literal");
                    check_expr(c, &v, el->y);
                    continue;
                }
                if (i >= u->nfields) {
                    check_expr(c, &v, el);
                    check_error(c, ast_start(el), "too many values in %s{…}", expr_str(c, e->x ? e->x : el));
                    break;
                }
                Field *fl = &u->fields[i];
                check_expr(c, &v, el);
                if (!is_exported(fl->name) && base->kind == TY_NAMED && base->obj->pkg != c->pkg) {
                    check_error(c, ast_start(el), "implicit assignment to unexported field %s in %s literal",
                                fl->name, tstr(c, base));
                    continue;
                }
                assignment(c, &v, fl->type, "struct literal");
            }
            if (i < u->nfields && i == e->list.n)
                check_error(c, e->pos3, "too few values in %s{…}", e->x ? expr_str(c, e->x) : tstr(c, base));
        }
        break;
    case TY_ARRAY: {
        int64_t n;
        check_elements(c, u->elem, &e->list, u->len, &n);
        if (u->len < 0) {
            u->len = n;
            typ->len = n;
        }
        break;
    }
    case TY_SLICE: {
        int64_t n;
        check_elements(c, u->elem, &e->list, -1, &n);
        break;
    }
    case TY_MAP: {
        Operand *keys = xcalloc((size_t)e->list.n + 1, sizeof *keys);
        int nkeys = 0;
        for (int i = 0; i < e->list.n; i++) {
            Node *kv = e->list.v[i];
            if (kv->kind != N_KEYVALUE) {
                check_error(c, ast_start(kv), "missing key in map literal");
                continue;
            }
            Operand k;
            check_expr_with_hint(c, &k, kv->x, u->key);
            /* an interface key's duplicates have the same value and type (types2) */
            Type *ktype = k.mode == M_CONST ? type_default(k.type) : NULL;
            assignment(c, &k, u->key, "map literal");
            if (k.mode == M_CONST) {
                if (type_is_interface(u->key))
                    k.type = ktype;
                for (int j = 0; j < nkeys; j++)
                    if (keys[j].val->kind == k.val->kind && const_compare(TK_EQL, keys[j].val, k.val) &&
                        (!type_is_interface(u->key) || types_identical(keys[j].type, k.type))) {
                        Buf b = {0};
                        const_string_go(&b, k.val);
                        check_error(c, ast_start(kv->x), "duplicate key %s in map literal", b.s);
                        buf_free(&b);
                        break;
                    }
                keys[nkeys++] = k;
            }
            Operand v;
            check_expr_with_hint(c, &v, kv->y, u->elem);
            assignment(c, &v, u->elem, "map literal");
        }
        free(keys);
        break;
    }
    case TY_INVALID:
        for (int i = 0; i < e->list.n; i++) {
            Operand tmp;
            Node *el = e->list.v[i];
            if (el->kind == N_KEYVALUE)
                el = el->y;
            if (el->kind != N_COMPOSITE || el->x)
                check_expr(c, &tmp, el);
        }
        goto fail;
    default:
        check_error(c, ast_start(e), "invalid composite literal type %s", tstr(c, typ));
        goto fail;
    }
    x->mode = M_VALUE;
    x->type = typ;
    if (!e->x && hint && type_underlying(hint)->kind == TY_POINTER)
        x->type = hint;
    x->expr = e;
    record(c, x);
    return;
fail:
    set_invalid(x);
    x->expr = e;
}

/* Indexing and slicing. */

/* A constant index must be a non-negative int; returns its value, or -1 when
 * unknown (not constant). *ok is 0 when an error was reported. */
static int64_t index_value(Checker *c, Node *e, int64_t max, int *ok)
{
    *ok = 0;
    Operand x;
    check_expr(c, &x, e);
    if (x.mode == M_INVALID)
        return -1;
    convert_untyped(c, &x, basic_types[TY_INT]);
    if (x.mode == M_INVALID)
        return -1;
    if (!type_is_integer(x.type)) {
        check_error(c, ast_start(e), "invalid argument: index %s must be integer", operand_string(c, &x));
        return -1;
    }
    if (x.mode == M_CONST) {
        if (const_sign(x.val) < 0) {
            check_error(c, ast_start(e), "invalid argument: index %s must not be negative",
                        operand_string(c, &x));
            return -1;
        }
        if (!const_fits_int64(x.val)) {
            check_error(c, ast_start(e), "invalid argument: index %s overflows int", operand_string(c, &x));
            return -1;
        }
        int64_t v = const_int64(x.val);
        if (max >= 0 && v >= max) {
            check_error(c, ast_start(e), "invalid argument: index %lld out of bounds [0:%lld]",
                        (long long)v, (long long)max);
            return -1;
        }
        *ok = 1;
        return v;
    }
    *ok = 1;
    return -1;
}

static void check_index(Checker *c, Operand *x, Node *e)
{
    check_expr_or_type(c, x, e->x);
    if (x->mode == M_INVALID) {
        Operand tmp;
        check_expr(c, &tmp, e->y);
        goto fail;
    }
    if (x->mode == M_TYPEXPR) {
        check_error(c, ast_start(e), "%s is not a generic type", tstr(c, x->type));
        goto fail;
    }
    single_value(c, x);
    int valid = 0;
    int64_t length = -1;
    Type *u = type_underlying(x->type);
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        valid = 1;
        if (x->mode == M_CONST)
            length = (int64_t)x->val->slen;
        x->mode = M_VALUE;
        x->type = universe_byte_type();
        break;
    case TY_ARRAY:
        valid = 1;
        length = u->len;
        if (x->mode != M_VAR)
            x->mode = M_VALUE;
        x->type = u->elem;
        break;
    case TY_POINTER:
        if (type_underlying(u->elem)->kind == TY_ARRAY) {
            valid = 1;
            length = type_underlying(u->elem)->len;
            x->mode = M_VAR;
            x->type = type_underlying(u->elem)->elem;
        }
        break;
    case TY_SLICE:
        valid = 1;
        x->mode = M_VAR;
        x->type = u->elem;
        break;
    case TY_MAP: {
        Operand k;
        check_expr_with_hint(c, &k, e->y, u->key);
        assignment(c, &k, u->key, "map index");
        x->mode = M_MAPINDEX;
        x->type = u->elem;
        x->expr = e;
        record(c, x);
        return;
    }
    default:
        break;
    }
    if (!valid) {
        check_error(c, ast_start(x->expr), "invalid operation: cannot index %s", operand_string(c, x));
        Operand tmp;
        check_expr(c, &tmp, e->y);
        goto fail;
    }
    int ok;
    index_value(c, e->y, length, &ok);
    x->expr = e;
    record(c, x);
    return;
fail:
    set_invalid(x);
    x->expr = e;
}

static void check_slice(Checker *c, Operand *x, Node *e)
{
    check_expr(c, x, e->x);
    if (x->mode == M_INVALID) {
        Operand tmp;
        if (e->y) check_expr(c, &tmp, e->y);
        if (e->z) check_expr(c, &tmp, e->z);
        if (e->w) check_expr(c, &tmp, e->w);
        goto fail;
    }
    int valid = 0;
    int64_t length = -1;
    Type *u = type_underlying(x->type);
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        if (e->flags & NF_SLICE3) {
            check_error(c, ast_start(x->expr), "invalid operation: 3-index slice of string");
            goto fail;
        }
        valid = 1;
        if (x->mode == M_CONST)
            length = (int64_t)x->val->slen;
        if (type_is_untyped(x->type))
            x->type = basic_types[TY_STRING];
        break;
    case TY_ARRAY:
        valid = 1;
        length = u->len;
        if (x->mode != M_VAR) {
            check_error(c, ast_start(x->expr), "invalid operation: %s (slice of unaddressable value)",
                        expr_str(c, e));
            goto fail;
        }
        x->type = type_slice(c->arena, u->elem);
        break;
    case TY_POINTER:
        if (type_underlying(u->elem)->kind == TY_ARRAY) {
            valid = 1;
            length = type_underlying(u->elem)->len;
            x->type = type_slice(c->arena, type_underlying(u->elem)->elem);
        }
        break;
    case TY_SLICE:
        valid = 1;
        break;
    default:
        break;
    }
    if (!valid) {
        check_error(c, ast_start(x->expr), "cannot slice %s", operand_string(c, x));
        goto fail;
    }
    x->mode = M_VALUE;
    int64_t vals[3] = { -1, -1, -1 };
    Node *idx[3] = { e->y, e->z, e->w };
    for (int i = 0; i < 3; i++) {
        if (!idx[i])
            continue;
        int ok;
        int64_t v = index_value(c, idx[i], length >= 0 ? length + 1 : -1, &ok);
        vals[i] = v;
    }
    for (int i = 0; i < 3; i++) {
        if (vals[i] < 0)
            continue;
        for (int j = i + 1; j < 3; j++) {
            if (vals[j] >= 0 && vals[j] < vals[i]) {
                check_error(c, ast_start(idx[j]), "invalid slice indices: %lld < %lld",
                            (long long)vals[j], (long long)vals[i]);
                break;
            }
        }
    }
    x->expr = e;
    record(c, x);
    return;
fail:
    set_invalid(x);
    x->expr = e;
}

/* Type assertions. */

static void check_type_assert(Checker *c, Operand *x, Node *e)
{
    check_expr(c, x, e->x);
    if (x->mode == M_INVALID)
        goto fail;
    if (!e->y) {
        check_error(c, e->pos2, "invalid syntax tree: use of .(type) outside type switch");
        goto fail;
    }
    if (!type_is_interface(x->type)) {
        check_error(c, ast_start(x->expr), "invalid operation: %s is not an interface",
                    operand_string(c, x));
        check_type(c, e->y);
        goto fail;
    }
    Type *t = check_type(c, e->y);
    if (t->kind == TY_INVALID)
        goto fail;
    if (!type_is_interface(t)) {
        Method *m;
        int wrong, ptr;
        if (!type_implements(t, x->type, &m, &wrong, &ptr)) {
            const char *cause = ptr ? xasprintf_arena(c, "(%s method has pointer receiver)", m->name)
                              : wrong ? xasprintf_arena(c, "(wrong type for %s method)", m->name)
                                      : xasprintf_arena(c, "(missing %s method)", m->name);
            check_error(c, ast_start(e), "impossible type assertion: %s\n\t%s does not implement %s %s",
                        expr_str(c, e), tstr(c, t), tstr(c, x->type), cause);
            goto fail;
        }
    }
    x->mode = M_COMMAOK;
    x->type = t;
    x->expr = e;
    record(c, x);
    return;
fail:
    set_invalid(x);
    x->expr = e;
}

/* Unary and binary operators. */

static int op_ok_unary(int op, Type *t)
{
    switch (op) {
    case TK_ADD: case TK_SUB: return type_is_numeric(t);
    case TK_XOR: return type_is_integer(t);
    case TK_NOT: return type_is_boolean(t);
    default: return 0;
    }
}

static int is_const_type(Type *t)
{
    Type *u = type_underlying(t);
    return u->kind >= TY_BOOL && u->kind <= TY_UNTYPED_STRING && u->kind != TY_UNSAFEPTR;
}

static void overflow_check(Checker *c, Operand *x, Pos oppos)
{
    if (x->val->kind == CV_UNKNOWN) {
        check_error(c, oppos, "constant result is not representable");
        return;
    }
    if (!type_is_untyped(x->type)) {
        representable(c, x, x->type, 1);
        return;
    }
    if (x->val->kind == CV_INT && mpz_sizeinbase(x->val->i, 2) > 512) {
        check_error(c, oppos, "constant %s overflow", "operation");
        x->val = const_unknown(c->ca);
    }
}

static void check_unary(Checker *c, Operand *x, Node *e)
{
    check_expr(c, x, e->x);
    if (x->mode == M_INVALID)
        goto done;
    switch (e->op) {
    case TK_AND: {
        Node *inner = e->x;
        while (inner->kind == N_PAREN)
            inner = inner->x;
        if (inner->kind != N_COMPOSITE && x->mode != M_VAR) {
            check_error(c, ast_start(x->expr), "invalid operation: cannot take address of %s",
                        operand_string(c, x));
            set_invalid(x);
            goto done;
        }
        x->mode = M_VALUE;
        x->type = type_pointer(c->arena, x->type);
        goto done;
    }
    case TK_ARROW: {
        Type *u = type_underlying(x->type);
        if (u->kind != TY_CHAN) {
            check_error(c, ast_start(x->expr), "invalid operation: cannot receive from non-channel %s",
                        operand_string(c, x));
            set_invalid(x);
            goto done;
        }
        if (u->dir == CHAN_SEND) {
            check_error(c, ast_start(x->expr), "invalid operation: cannot receive from send-only channel %s",
                        operand_string(c, x));
            set_invalid(x);
            goto done;
        }
        x->mode = M_COMMAOK;
        x->type = u->elem;
        goto done;
    }
    default:
        break;
    }
    if (!op_ok_unary(e->op, x->type)) {
        check_error(c, ast_start(x->expr), "invalid operation: operator %s not defined on %s",
                    token_text[e->op], operand_string(c, x));
        set_invalid(x);
        goto done;
    }
    if (x->mode == M_CONST) {
        if (x->val->kind == CV_UNKNOWN)
            goto done;
        int prec = 0;
        if (type_is_unsigned(x->type))
            prec = (int)type_size(x->type) * 8;
        x->val = const_unary(c->ca, e->op, x->val, prec);
        x->expr = e;
        overflow_check(c, x, e->pos);
        goto done;
    }
    x->mode = M_VALUE;
done:
    x->expr = e;
    record(c, x);
}

static int is_comparison(int op)
{
    return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

static const char *kind_string(Checker *c, Type *t)
{
    switch (type_underlying(t)->kind) {
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    case TY_STRUCT: return "struct";
    case TY_POINTER: return "pointer";
    case TY_FUNC: return "func";
    case TY_INTERFACE: return "interface";
    case TY_MAP: return "map";
    case TY_CHAN: return "chan";
    default: return tstr(c, t);
    }
}

static int ordered(Type *t)
{
    return type_is_integer(t) || type_is_float(t) || type_is_string(t);
}

static const char *incomparable_cause(Checker *c, Type *t)
{
    Type *u = type_underlying(t);
    if (u->kind == TY_SLICE || u->kind == TY_FUNC || u->kind == TY_MAP)
        return xasprintf_arena(c, "%s can only be compared to nil", kind_string(c, t));
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->nfields; i++)
            if (!type_comparable(u->fields[i].type))
                return xasprintf_arena(c, "struct containing %s cannot be compared",
                                       tstr(c, u->fields[i].type));
    }
    if (u->kind == TY_ARRAY)
        return xasprintf_arena(c, "%s cannot be compared", tstr(c, t));
    return "";
}

void check_comparison(Checker *c, Operand *x, Operand *y, int op, Node *e)
{
    Operand *err = x;
    const char *cause = "";
    int switch_case = e == NULL;
    if (switch_case)
        op = TK_EQL;
    int ok = assignable_to(c, x, y->type, NULL) || assignable_to(c, y, x->type, NULL);
    if (!ok) {
        err = y;
        cause = xasprintf_arena(c, "mismatched types %s and %s", tstr(c, x->type), tstr(c, y->type));
        goto error;
    }
    if (op == TK_EQL || op == TK_NEQ) {
        if (is_nil(x) || is_nil(y)) {
            Type *typ = is_nil(x) ? y->type : x->type;
            if (!type_has_nil(typ) && typ->kind != TY_UNTYPED_NIL) {
                err = is_nil(x) ? y : x;
                goto error;
            }
            if (is_nil(x) && is_nil(y)) {
                err = x;
                goto error;
            }
        } else if (!type_comparable(x->type)) {
            err = x;
            cause = incomparable_cause(c, x->type);
            goto error;
        } else if (!type_comparable(y->type)) {
            err = y;
            cause = incomparable_cause(c, y->type);
            goto error;
        }
    } else {
        if (!ordered(x->type)) {
            err = x;
            goto error;
        }
        if (!ordered(y->type)) {
            err = y;
            goto error;
        }
    }
    if (x->mode == M_CONST && y->mode == M_CONST) {
        if (x->val->kind == CV_UNKNOWN || y->val->kind == CV_UNKNOWN)
            x->val = const_unknown(c->ca);
        else
            x->val = const_bool(c->ca, const_compare(op, x->val, y->val));
    } else {
        x->mode = M_VALUE;
        update_expr_type(c, x->expr, type_default(x->type), 1);
        update_expr_type(c, y->expr, type_default(y->type), 1);
    }
    x->type = basic_types[TY_UNTYPED_BOOL];
    return;
error:
    if (!*cause)
        cause = xasprintf_arena(c, "operator %s not defined on %s", token_text[op], kind_string(c, err->type));
    if (switch_case)
        check_error(c, ast_start(x->expr), "invalid case %s in switch on %s (%s)", expr_str(c, x->expr),
                    expr_str(c, y->expr), cause);
    else
        check_error(c, ast_start(err->expr), "invalid operation: %s %s %s (%s)", expr_str(c, x->expr),
                    token_text[op], expr_str(c, y->expr), cause);
    set_invalid(x);
}

static void check_shift(Checker *c, Operand *x, Operand *y, Node *e, int op)
{
    ConstVal *xval = NULL;
    if (x->mode == M_CONST)
        xval = const_to_kind(c->ca, x->val, CV_INT);
    if (type_is_integer(x->type) || (type_is_untyped(x->type) && xval)) {
        /* fine */
    } else {
        check_error(c, ast_start(x->expr), "invalid operation: shifted operand %s must be integer",
                    operand_string(c, x));
        set_invalid(x);
        return;
    }
    if (y->mode == M_CONST) {
        ConstVal *yv = const_to_kind(c->ca, y->val, CV_INT);
        if (yv && const_sign(yv) < 0) {
            check_error(c, ast_start(y->expr), "invalid operation: negative shift count %s",
                        operand_string(c, y));
            set_invalid(x);
            return;
        }
        if (type_is_untyped(y->type)) {
            if (!representable(c, y, basic_types[TY_UINT], 1)) {
                set_invalid(x);
                return;
            }
        }
    } else {
        if (type_is_integer(y->type)) {
        } else if (type_is_untyped(y->type)) {
            convert_untyped(c, y, basic_types[TY_UINT]);
            if (y->mode == M_INVALID) {
                set_invalid(x);
                return;
            }
        } else {
            check_error(c, ast_start(y->expr), "invalid operation: shift count %s must be integer",
                        operand_string(c, y));
            set_invalid(x);
            return;
        }
    }
    if (x->mode == M_CONST) {
        if (y->mode == M_CONST) {
            if (x->val->kind == CV_UNKNOWN || y->val->kind == CV_UNKNOWN) {
                x->val = const_unknown(c->ca);
                if (!type_is_integer(x->type))
                    x->type = basic_types[TY_UNTYPED_INT];
                return;
            }
            ConstVal *yv = const_to_kind(c->ca, y->val, CV_INT);
            if (!yv || !const_fits_uint64(yv) || const_uint64(yv) > 1023 - 1 + 52) {
                check_error(c, ast_start(y->expr), "invalid operation: invalid shift count %s",
                            operand_string(c, y));
                set_invalid(x);
                return;
            }
            if (!type_is_integer(x->type))
                x->type = basic_types[TY_UNTYPED_INT];
            x->val = const_shift(c->ca, op, xval, const_uint64(yv));
            x->expr = e;
            overflow_check(c, x, e ? e->pos : (Pos){0, 0});
            return;
        }
        if (type_is_untyped(x->type)) {
            if (x->expr)
                x->expr->flags |= NF_SHIFT_LHS;
            x->mode = M_VALUE;
            return;
        }
    }
    if (!type_is_integer(x->type)) {
        check_error(c, ast_start(x->expr), "invalid operation: shifted operand %s must be integer",
                    operand_string(c, x));
        set_invalid(x);
        return;
    }
    x->mode = M_VALUE;
}

static int op_ok_binary(int op, Type *t)
{
    switch (op) {
    case TK_ADD: return type_is_numeric(t) || type_is_string(t);
    case TK_SUB: case TK_MUL: case TK_QUO: return type_is_numeric(t);
    case TK_REM: case TK_AND: case TK_OR: case TK_XOR: case TK_AND_NOT: return type_is_integer(t);
    case TK_LAND: case TK_LOR: return type_is_boolean(t);
    default: return 0;
    }
}

static int can_mix(Operand *x, Operand *y)
{
    if (type_is_interface(x->type) || type_is_interface(y->type))
        return 1;
    if (type_is_boolean(x->type) != type_is_boolean(y->type))
        return 0;
    if (type_is_string(x->type) != type_is_string(y->type))
        return 0;
    if (is_nil(x) && !type_has_nil(y->type))
        return 0;
    if (is_nil(y) && !type_has_nil(x->type))
        return 0;
    return 1;
}

/* e is the binary expression, or NULL for x op= y (lhs/rhs given). */
void check_binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, int op)
{
    Operand y;
    check_expr(c, x, lhs);
    check_expr(c, &y, rhs);
    if (x->mode == M_INVALID)
        return;
    if (y.mode == M_INVALID) {
        set_invalid(x);
        x->expr = y.expr;
        return;
    }
    if (op == TK_SHL || op == TK_SHR) {
        check_shift(c, x, &y, e, op);
        return;
    }
    if (can_mix(x, &y)) {
        convert_untyped(c, x, y.type);
        if (x->mode == M_INVALID)
            return;
        convert_untyped(c, &y, x->type);
        if (y.mode == M_INVALID) {
            set_invalid(x);
            return;
        }
    }
    if (is_comparison(op)) {
        check_comparison(c, x, &y, op, e);
        return;
    }
    if (!types_identical(x->type, y.type)) {
        if (x->type->kind != TY_INVALID && y.type->kind != TY_INVALID) {
            if (e)
                check_error(c, ast_start(x->expr), "invalid operation: %s (mismatched types %s and %s)",
                            expr_str(c, e), tstr(c, x->type), tstr(c, y.type));
            else
                check_error(c, ast_start(x->expr), "invalid operation: %s %s= %s (mismatched types %s and %s)",
                            expr_str(c, lhs), token_text[op], expr_str(c, rhs), tstr(c, x->type),
                            tstr(c, y.type));
        }
        set_invalid(x);
        return;
    }
    if (!op_ok_binary(op, x->type)) {
        check_error(c, ast_start(x->expr), "invalid operation: operator %s not defined on %s",
                    token_text[op], operand_string(c, x));
        set_invalid(x);
        return;
    }
    if (op == TK_QUO || op == TK_REM) {
        if ((x->mode == M_CONST || type_is_integer(x->type)) && y.mode == M_CONST &&
            y.val->kind != CV_UNKNOWN && const_is_zero(y.val)) {
            check_error(c, ast_start(y.expr), "invalid operation: division by zero");
            set_invalid(x);
            return;
        }
    }
    if (x->mode == M_CONST && y.mode == M_CONST) {
        if (x->val->kind == CV_UNKNOWN || y.val->kind == CV_UNKNOWN) {
            x->val = const_unknown(c->ca);
            return;
        }
        ConstVal *a = x->val, *b = y.val;
        if (op == TK_QUO && type_is_integer(x->type)) {
            a = const_to_kind(c->ca, a, CV_INT);
            b = const_to_kind(c->ca, b, CV_INT);
        } else if (op == TK_QUO && a->kind == CV_INT && b->kind == CV_INT) {
            /* untyped float operands that happen to be integral divide exactly */
            a = const_to_kind(c->ca, a, CV_FLOAT);
            b = const_to_kind(c->ca, b, CV_FLOAT);
        }
        if (a->kind != b->kind) {
            ConstKind k = a->kind > b->kind ? a->kind : b->kind;
            a = const_to_kind(c->ca, a, k);
            b = const_to_kind(c->ca, b, k);
        }
        x->val = const_binary(c->ca, op, a, b);
        if (type_is_integer(x->type) && x->val->kind != CV_INT) {
            ConstVal *iv = const_to_kind(c->ca, x->val, CV_INT);
            if (iv)
                x->val = iv;
        }
        x->expr = e;
        overflow_check(c, x, e ? e->pos : (Pos){0, 0});
        return;
    }
    x->mode = M_VALUE;
}

/* Function literals: checked where they appear, with their own scope. */
static void check_funclit(Checker *c, Operand *x, Node *e)
{
    Scope *s = scope_new(c->arena, c->scope);
    s->is_func = 1;
    avec_push(c->arena, &c->scope->children, s);
    Type *sig = check_signature(c, e->x, NULL, s);
    e->x->type = sig;
    check_func_body(c, sig, e->y, s, "func literal");
    x->mode = M_VALUE;
    x->type = sig;
    x->expr = e;
    record(c, x);
}

/* The expression switch. */

void check_raw_expr(Checker *c, Operand *x, Node *e, Type *hint, int allow_generic)
{
    (void)allow_generic;
    memset(x, 0, sizeof *x);
    x->expr = e;
    switch (e->kind) {
    case N_BAD:
        set_invalid(x);
        return;
    case N_IDENT:
        check_ident(c, x, e, 0);
        return;
    case N_BASICLIT:
        if (e->flags & NF_BADLIT) {
            set_invalid(x);     /* the lexer reported it */
            return;
        }
        x->mode = M_CONST;
        x->val = const_from_literal(c->ca, e->op, e->name, (size_t)e->len);
        switch (e->op) {
        case TK_INT: x->type = basic_types[TY_UNTYPED_INT]; break;
        case TK_FLOAT: x->type = basic_types[TY_UNTYPED_FLOAT]; break;
        case TK_IMAG: x->type = basic_types[TY_UNTYPED_COMPLEX]; break;
        case TK_CHAR: x->type = basic_types[TY_UNTYPED_RUNE]; break;
        default: x->type = basic_types[TY_UNTYPED_STRING]; break;
        }
        if (x->val->kind == CV_UNKNOWN) {
            check_error(c, e->pos, "malformed constant: %s", e->name);
            set_invalid(x);
        }
        record(c, x);
        return;
    case N_FUNCLIT:
        check_funclit(c, x, e);
        return;
    case N_COMPOSITE:
        check_composite(c, x, e, hint);
        return;
    case N_PAREN:
        check_raw_expr(c, x, e->x, hint, allow_generic);
        x->expr = e;
        record(c, x);
        return;
    case N_SELECTOR:
        check_selector(c, x, e);
        return;
    case N_INDEX:
        check_index(c, x, e);
        return;
    case N_SLICE:
        check_slice(c, x, e);
        return;
    case N_TYPEASSERT:
        check_type_assert(c, x, e);
        return;
    case N_CALL:
        check_call(c, x, e);
        return;
    case N_STAR:
        check_expr_or_type(c, x, e->x);
        switch (x->mode) {
        case M_INVALID:
            break;
        case M_TYPEXPR:
            x->type = type_pointer(c->arena, x->type);
            break;
        default: {
            single_value(c, x);
            if (x->mode == M_INVALID)
                break;
            Type *u = type_underlying(x->type);
            if (u->kind != TY_POINTER) {
                if (is_nil(x))
                    check_error(c, ast_start(x->expr), "invalid operation: cannot indirect nil");
                else
                    check_error(c, ast_start(x->expr), "invalid operation: cannot indirect %s",
                                operand_string(c, x));
                set_invalid(x);
                break;
            }
            x->mode = M_VAR;
            x->type = u->elem;
            break;
        }
        }
        x->expr = e;
        record(c, x);
        return;
    case N_UNARY:
        check_unary(c, x, e);
        return;
    case N_BINARY:
        if (e->op == TK_ARROW) {
            check_error(c, e->pos, "syntax error: unexpected <-, expecting expression");
            set_invalid(x);
            return;
        }
        check_binary(c, x, e, e->x, e->y, e->op);
        x->expr = e;
        record(c, x);
        return;
    case N_KEYVALUE:
        check_error(c, ast_start(e), "unexpected key:value expression");
        set_invalid(x);
        return;
    case N_ARRAYTYPE: case N_SLICETYPE: case N_STRUCTTYPE: case N_FUNCTYPE:
    case N_IFACETYPE: case N_MAPTYPE: case N_CHANTYPE: case N_ELLIPSIS:
        x->mode = M_TYPEXPR;
        x->type = check_type(c, e);
        record(c, x);
        return;
    default:
        check_error(c, e->pos, "%s is not an expression", node_kind_name[e->kind]);
        set_invalid(x);
        return;
    }
}

/* Wrappers that reject the wrong kind of operand, as types2's exclude. */

static void expect_value(Checker *c, Operand *x)
{
    switch (x->mode) {
    case M_NOVALUE:
        check_error(c, ast_start(x->expr), "%s (no value) used as value", expr_str(c, x->expr));
        set_invalid(x);
        break;
    case M_BUILTIN:
        check_error(c, ast_start(x->expr), "%s (built-in) must be called", expr_str(c, x->expr));
        set_invalid(x);
        break;
    case M_TYPEXPR:
        check_error(c, ast_start(x->expr), "%s (type) is not an expression", expr_str(c, x->expr));
        set_invalid(x);
        break;
    default:
        break;
    }
}

void check_expr(Checker *c, Operand *x, Node *e)
{
    check_raw_expr(c, x, e, NULL, 0);
    expect_value(c, x);
    single_value(c, x);
}

void check_expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint)
{
    check_raw_expr(c, x, e, hint, 0);
    expect_value(c, x);
    single_value(c, x);
}

void check_multi_expr(Checker *c, Operand *x, Node *e)
{
    check_raw_expr(c, x, e, NULL, 0);
    expect_value(c, x);
}

void check_expr_or_type(Checker *c, Operand *x, Node *e)
{
    if (e->kind == N_IDENT) {
        check_ident(c, x, e, 1);
        return;
    }
    check_raw_expr(c, x, e, NULL, 0);
    if (x->mode == M_NOVALUE) {
        check_error(c, ast_start(x->expr), "%s used as value or type", expr_str(c, x->expr));
        set_invalid(x);
    }
}

void use_exprs(Checker *c, NodeList *l)
{
    for (int i = 0; i < l->n; i++) {
        Node *e = l->v[i];
        if (e->kind == N_IDENT && e->name[0] == '_' && e->name[1] == 0)
            continue;       /* evaluating blank is no error here (types2's use) */
        Operand x;
        check_raw_expr(c, &x, e, NULL, 0);
    }
}

/* Conversions T(x) (conversions.go). */

static int convertible(Checker *c, Operand *x, Type *t)
{
    if (assignable_to(c, x, t, NULL))
        return 1;
    Type *v = x->type, *vu = type_underlying(v), *tu = type_underlying(t);
    if (types_identical(vu, tu))
        return 1;
    if (vu->kind == TY_POINTER && tu->kind == TY_POINTER && v->kind != TY_NAMED &&
        t->kind != TY_NAMED && types_identical(type_underlying(vu->elem), type_underlying(tu->elem)))
        return 1;
    if ((type_is_integer(vu) || type_is_float(vu)) && (type_is_integer(tu) || type_is_float(tu)))
        return 1;
    if (type_is_complex(vu) && type_is_complex(tu))
        return 1;
    if ((type_is_integer(vu) || (vu->kind == TY_SLICE && (type_underlying(vu->elem)->kind == TY_UINT8 ||
                                                          type_underlying(vu->elem)->kind == TY_INT32))) &&
        type_is_string(tu))
        return 1;
    if (type_is_string(vu) && tu->kind == TY_SLICE &&
        (type_underlying(tu->elem)->kind == TY_UINT8 || type_underlying(tu->elem)->kind == TY_INT32))
        return 1;
    if ((vu->kind == TY_POINTER || vu->kind == TY_UINTPTR) && tu->kind == TY_UNSAFEPTR)
        return 1;
    if (vu->kind == TY_UNSAFEPTR && (tu->kind == TY_POINTER || tu->kind == TY_UINTPTR))
        return 1;
    if (vu->kind == TY_SLICE && tu->kind == TY_POINTER && type_underlying(tu->elem)->kind == TY_ARRAY &&
        types_identical(vu->elem, type_underlying(tu->elem)->elem))
        return 1;
    return 0;
}

void check_conversion(Checker *c, Operand *x, Type *t)
{
    int const_arg = x->mode == M_CONST;
    int ok = 0;
    int code = RC_INVALID;
    if (const_arg && is_const_type(t)) {
        Type *u = type_underlying(t);
        ConstVal *v;
        if (type_is_integer(x->type) && type_is_string(u)) {
            /* string(rune constant) */
            ConstVal *iv = const_to_kind(c->ca, x->val, CV_INT);
            char buf[8];
            int n = 0;
            uint32_t r = 0xFFFD;
            if (iv && const_fits_int64(iv)) {
                int64_t cp = const_int64(iv);
                if (cp >= 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF))
                    r = (uint32_t)cp;
            }
            if (r < 0x80) { buf[n++] = (char)r; }
            else if (r < 0x800) { buf[n++] = (char)(0xC0 | (r >> 6)); buf[n++] = (char)(0x80 | (r & 0x3F)); }
            else if (r < 0x10000) { buf[n++] = (char)(0xE0 | (r >> 12)); buf[n++] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[n++] = (char)(0x80 | (r & 0x3F)); }
            else { buf[n++] = (char)(0xF0 | (r >> 18)); buf[n++] = (char)(0x80 | ((r >> 12) & 0x3F)); buf[n++] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[n++] = (char)(0x80 | (r & 0x3F)); }
            x->val = const_string(c->ca, buf, (size_t)n);
            ok = 1;
        } else {
            code = representation(c, x, t, &v);
            if (code == RC_OK) {
                if (convertible(c, x, t) || (type_is_numeric(x->type) && type_is_numeric(t))) {
                    x->val = v;
                    ok = 1;
                }
            }
        }
    } else if (const_arg && type_has_nil(t) == 0 && !is_const_type(t) && convertible(c, x, t)) {
        ok = 1;
        x->mode = M_VALUE;
    } else if (x->mode != M_INVALID && convertible(c, x, t)) {
        ok = 1;
        x->mode = M_VALUE;
    }
    if (!ok) {
        /* go 1.19 names no cause for a constant that does not fit (assignments do) */
        check_error(c, ast_start(x->expr), "cannot convert %s to type %s", operand_string(c, x),
                    tstr(c, t));
        set_invalid(x);
        return;
    }
    if (type_is_untyped(x->type)) {
        Type *final = t;
        if (type_is_interface(t) || (const_arg && !is_const_type(t)) || is_nil(x))
            final = type_default(x->type);
        else if (x->mode == M_CONST && type_is_integer(x->type) && type_is_string(t))
            final = x->type;    /* types2: an integer constant converted to string keeps its type */
        update_expr_type(c, x->expr, final, 1);
    }
    x->type = t;
}
