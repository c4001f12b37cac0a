/*
 * stmt.c — statements, assignments and local declarations (types2's
 * stmt.go and assignments.go).
 *
 * Every block, if/for/switch/select statement and case clause opens a
 * scope; a local name becomes visible after its declaration (so
 * `x := x` refers to the outer x). Assigning to a variable is not a use of
 * it; only reading is, which is what "declared but not used" counts.
 * Branch placement (break/continue/fallthrough/goto/labels) is checked on
 * the AST by flow.c; "missing return" also comes from flow.c.
 */
#include "compiler/check.h"

#include <stdlib.h>
#include <string.h>


static Scope *open_scope(Checker *c)
{
    Scope *s = scope_new(c->arena, c->scope);
    avec_push(c->arena, &c->scope->children, s);
    c->scope = s;
    return s;
}

static void close_scope(Checker *c)
{
    c->scope = c->scope->parent;
}

static Node *unparen(Node *e)
{
    while (e && e->kind == N_PAREN)
        e = e->x;
    return e;
}

static Object *new_local(Checker *c, Node *id, Type *t)
{
    Object *o = object_new(c->arena, OBJ_VAR, id->name, id->pos, t);
    o->pkg = c->pkg;
    o->state = OS_RESOLVED;
    id->obj = o;
    return o;
}

/* Assignment of checked values to variables (initVars, assignVars). */

static const char *measure(Checker *c, int n, const char *unit)
{
    return xasprintf_arena(c, "%d %s%s", n, unit, n != 1 ? "s" : "");
}

static void assign_error(Checker *c, NodeList *rhs, int nvars, int nvals)
{
    Node *r0 = rhs->v[0];
    Node *call = unparen(r0);
    if (rhs->n == 1 && call->kind == N_CALL)
        check_error(c, ast_start(r0), "assignment mismatch: %s but %s returns %s",
                    measure(c, nvars, "variable"), expr_str(c, call->x), measure(c, nvals, "value"));
    else
        check_error(c, ast_start(r0), "assignment mismatch: %s but %s", measure(c, nvars, "variable"),
                    measure(c, nvals, "value"));
}

static Type *init_var(Checker *c, Object *lhs, Operand *x, const char *context)
{
    if (x->mode == M_INVALID || x->type->kind == TY_INVALID ||
        (lhs->type && lhs->type->kind == TY_INVALID)) {
        if (!lhs->type)
            lhs->type = basic_types[TY_INVALID];
        lhs->used = 1;
        return NULL;
    }
    if (!lhs->type) {
        Type *t = x->type;
        if (type_is_untyped(t)) {
            if (t->kind == TY_UNTYPED_NIL) {
                check_error(c, ast_start(x->expr), "use of untyped nil in %s", context);
                lhs->type = basic_types[TY_INVALID];
                return NULL;
            }
            t = type_default(t);
        }
        lhs->type = t;
    }
    assignment(c, x, lhs->type, context);
    if (x->mode == M_INVALID) {
        lhs->used = 1;
        return NULL;
    }
    return x->type;
}

static void types_of(Checker *c, Buf *b, Operand *xs, int n, Object **vars, int nv)
{
    int count = xs ? n : nv;
    Type **types = arena_alloc(c->arena, (size_t)(count ? count : 1) * sizeof *types);
    for (int i = 0; i < count; i++)
        types[i] = xs ? xs[i].type : vars[i]->type;
    types_summary(c, b, types, count, 0);
}

void check_init_vars(Checker *c, Object **lhs, int nlhs, NodeList *rhs, Node *ret)
{
    Operand *xs;
    int n;
    int allow_commaok = nlhs == 2 && !ret;
    check_exprs_list(c, rhs, &xs, &n, allow_commaok);
    if (nlhs != n) {
        for (int i = 0; i < nlhs; i++) {
            lhs[i]->used = 1;
            if (!lhs[i]->type)
                lhs[i]->type = basic_types[TY_INVALID];
        }
        for (int i = 0; i < n; i++)
            if (xs[i].mode == M_INVALID)
                return;
        if (ret) {
            Pos at = ret->pos;
            const char *qual = "not enough";
            if (n > nlhs) {
                at = ast_start(xs[nlhs].expr);
                qual = "too many";
            } else if (n > 0) {
                at = ast_start(xs[n - 1].expr);
            }
            Buf have = {0}, want = {0};
            types_of(c, &have, xs, n, NULL, 0);
            types_of(c, &want, NULL, 0, lhs, nlhs);
            check_error(c, at, "%s return values\n\thave %s\n\twant %s", qual, have.s, want.s);
            buf_free(&have);
            buf_free(&want);
            return;
        }
        if (nlhs == 0) {
            /* a var spec whose counts differ: counted by the spec */
            return;
        }
        assign_error(c, rhs, nlhs, n);
        return;
    }
    const char *context = ret ? "return statement" : "assignment";
    if (nlhs == 1 && !ret && rhs->n == 1)
        context = "variable declaration";
    int ok = 1;
    for (int i = 0; i < nlhs; i++)
        if (!init_var(c, lhs[i], &xs[i], context))
            ok = 0;
    if (!ok)
        for (int i = 0; i < nlhs; i++)
            lhs[i]->used = 1;
}

/* Evaluates assignment targets for their errors only; blank identifiers and
 * plain local variables are not "used" by being assigned (types2's useLHS). */
static void use_lhs(Checker *c, NodeList *l)
{
    for (int i = 0; i < l->n; i++) {
        Node *e = unparen(l->v[i]);
        if (e->kind == N_IDENT) {
            if (e->name[0] == '_' && e->name[1] == 0)
                continue;
            Object *o = lookup(c, e->name, NULL);
            if (o && o->kind == OBJ_VAR && o->pkg == c->pkg) {
                int used = o->used;
                Operand x;
                check_raw_expr(c, &x, e, NULL, 0);
                o->used = used;
                continue;
            }
        }
        Operand x;
        check_raw_expr(c, &x, l->v[i], NULL, 0);
    }
}

static Type *assign_var(Checker *c, Node *lhs, Operand *x)
{
    if (x->mode == M_INVALID || x->type->kind == TY_INVALID) {
        use_lhs(c, &(NodeList){ &lhs, 1, 1 });
        return NULL;
    }
    Node *id = unparen(lhs);
    if (id->kind == N_IDENT && id->name[0] == '_' && id->name[1] == 0) {
        id->obj = NULL;
        assignment(c, x, NULL, "assignment to _ identifier");
        return x->mode == M_INVALID ? NULL : x->type;
    }
    Object *v = NULL;
    int v_used = 0;
    if (id->kind == N_IDENT) {
        Object *o = lookup(c, id->name, NULL);
        if (o && o->kind == OBJ_VAR && o->pkg == c->pkg) {
            v = o;
            v_used = o->used;
        }
    }
    Operand z;
    check_expr(c, &z, lhs);
    if (v)
        v->used = v_used;
    if (z.mode == M_INVALID || z.type->kind == TY_INVALID)
        return NULL;
    if (z.mode != M_VAR && z.mode != M_MAPINDEX) {
        Node *sel = unparen(z.expr);
        if (sel->kind == N_SELECTOR) {
            Operand op;
            check_expr(c, &op, sel->x);
            if (op.mode == M_MAPINDEX) {
                check_error(c, ast_start(z.expr), "cannot assign to struct field %s in map",
                            expr_str(c, z.expr));
                return NULL;
            }
        }
        check_error(c, ast_start(z.expr), "cannot assign to %s", operand_string(c, &z));
        return NULL;
    }
    assignment(c, x, z.type, "assignment");
    return x->mode == M_INVALID ? NULL : x->type;
}

void check_assign_vars(Checker *c, NodeList *lhs, NodeList *rhs, Node *stmt)
{
    Operand *xs;
    int n;
    check_exprs_list(c, rhs, &xs, &n, lhs->n == 2);
    if (lhs->n != n) {
        use_exprs(c, lhs);      /* types2's assignVars: check.use, so the targets count as used */
        for (int i = 0; i < n; i++)
            if (xs[i].mode == M_INVALID)
                return;
        assign_error(c, rhs, lhs->n, n);
        return;
    }
    int ok = 1;
    for (int i = 0; i < lhs->n; i++)
        if (!assign_var(c, lhs->v[i], &xs[i]))
            ok = 0;
    /* a failed assignment makes its named targets used: no follow-on "declared
     * but not used" (types2's assignVars) */
    for (int i = 0; !ok && i < lhs->n; i++) {
        Node *e = unparen(lhs->v[i]);
        Object *o = e->kind == N_IDENT ? lookup(c, e->name, NULL) : NULL;
        if (o && o->kind == OBJ_VAR && o->pkg == c->pkg)
            o->used = 1;
    }
    (void)stmt;
}

void check_short_var_decl(Checker *c, Node *stmt, NodeList *lhs, NodeList *rhs)
{
    Scope *s = c->scope;
    Object **vars = arena_alloc(c->arena, (size_t)lhs->n * sizeof *vars);
    PtrVec newvars = {0};
    int bad = 0;
    for (int i = 0; i < lhs->n; i++) {
        Node *e = lhs->v[i];
        if (e->kind != N_IDENT) {
            use_lhs(c, &(NodeList){ &e, 1, 1 });
            check_error(c, ast_start(e), "non-name %s on left side of :=", expr_str(c, e));
            bad = 1;
            continue;
        }
        int repeated = 0;
        for (int j = 0; j < i && !repeated; j++) {
            if (lhs->v[j]->kind == N_IDENT && lhs->v[j]->name == e->name && e->name[0] != '_') {
                check_error(c, e->pos, "%s repeated on left side of :=", e->name);
                bad = 1;
                repeated = 1;
            }
        }
        if (repeated)
            continue;       /* no variable of its own (a dummy below), as types2 */
        Object *alt = scope_lookup_local(s, e->name);
        if (alt && !(e->name[0] == '_' && e->name[1] == 0)) {
            e->obj = alt;
            if (alt->kind == OBJ_VAR) {
                vars[i] = alt;
            } else {
                check_error(c, e->pos, "cannot assign to %s", e->name);
                bad = 1;
            }
            continue;
        }
        Object *o = new_local(c, e, NULL);
        vars[i] = o;
        if (!(e->name[0] == '_' && e->name[1] == 0))
            vec_push(&newvars, o);
    }
    for (int i = 0; i < lhs->n; i++)
        if (!vars[i]) {
            vars[i] = object_new(c->arena, OBJ_VAR, intern_cstr(c->in, "_"), lhs->v[i]->pos, NULL);
        }
    /* existing variables are assigned, not re-declared: check them as assignment targets */
    Operand *xs;
    int n;
    check_exprs_list(c, rhs, &xs, &n, lhs->n == 2);
    if (n != lhs->n) {
        int any_invalid = 0;
        for (int i = 0; i < n; i++)
            if (xs[i].mode == M_INVALID)
                any_invalid = 1;
        for (int i = 0; i < lhs->n; i++) {
            vars[i]->used = 1;
            if (!vars[i]->type)
                vars[i]->type = basic_types[TY_INVALID];
        }
        if (!any_invalid)
            assign_error(c, rhs, lhs->n, n);
    } else {
        int ok = 1;
        for (int i = 0; i < lhs->n; i++) {
            Object *v = vars[i];
            int is_new = 0;
            for (int k = 0; k < newvars.n; k++)
                if (newvars.v[k] == v)
                    is_new = 1;
            if (is_new || (v->name[0] == '_' && v->name[1] == 0) || !v->type) {
                if (!init_var(c, v, &xs[i], "assignment"))
                    ok = 0;
            } else {
                assignment(c, &xs[i], v->type, "assignment");
                if (xs[i].mode == M_INVALID)
                    ok = 0;
            }
        }
        if (!ok)
            for (int i = 0; i < lhs->n; i++)
                vars[i]->used = 1;
    }
    if (newvars.n == 0 && !bad)
        check_soft_error(c, stmt->pos, "no new variables on left side of :=");
    for (int i = 0; i < newvars.n; i++)
        declare(c, s, NULL, newvars.v[i]);
    free(newvars.v);
}

/* Local declarations. */

static void local_const_spec(Checker *c, Node *spec)
{
    Object **objs = arena_alloc(c->arena, (size_t)spec->list.n * sizeof *objs);
    for (int i = 0; i < spec->list.n; i++) {
        Node *id = spec->list.v[i];
        Object *o = object_new(c->arena, OBJ_CONST, id->name, id->pos, NULL);
        o->decl = spec;
        o->index = i;
        o->pkg = c->pkg;
        o->scope = c->scope;
        o->used = 1;
        id->obj = o;
        objs[i] = o;
        check_obj_decl(c, o);
    }
    if (spec->list2.n > spec->list.n && !(spec->flags & NF_IMPLICIT))
        check_error(c, ast_start(spec->list2.v[spec->list.n]), "extra init expr");
    for (int i = 0; i < spec->list.n; i++)
        declare(c, c->scope, spec->list.v[i], objs[i]);
}

static void local_var_spec(Checker *c, Node *spec)
{
    int nl = spec->list.n, nr = spec->list2.n;
    Object **objs = arena_alloc(c->arena, (size_t)nl * sizeof *objs);
    Type *t = spec->x ? check_type(c, spec->x) : NULL;
    for (int i = 0; i < nl; i++) {
        objs[i] = new_local(c, spec->list.v[i], t);
        if (t && t->kind == TY_INVALID)
            objs[i]->used = 1;  /* no follow-on "declared but not used" (types2's varDecl) */
    }
    if (nr == 0) {
        if (!t)
            for (int i = 0; i < nl; i++)
                objs[i]->type = basic_types[TY_INVALID];
    } else if (nl == nr) {
        for (int i = 0; i < nl; i++) {
            Operand x;
            check_expr_with_hint(c, &x, spec->list2.v[i], t);
            init_var(c, objs[i], &x, "variable declaration");
        }
    } else if (nr == 1) {
        check_init_vars(c, objs, nl, &spec->list2, NULL);
    } else {
        if (nl < nr)
            check_error(c, ast_start(spec->list2.v[nl]), "extra init expr %s", expr_str(c, spec->list2.v[nl]));
        else
            check_error(c, spec->list.v[nr]->pos, "missing init expr for %s", spec->list.v[nr]->name);
        use_exprs(c, &spec->list2);
        for (int i = 0; i < nl; i++) {
            objs[i]->used = 1;
            if (!objs[i]->type)
                objs[i]->type = basic_types[TY_INVALID];
        }
    }
    for (int i = 0; i < nl; i++)
        declare(c, c->scope, spec->list.v[i], objs[i]);
}

static void local_type_spec(Checker *c, Node *spec)
{
    Object *o = object_new(c->arena, OBJ_TYPE, spec->x->name, spec->x->pos, NULL);
    o->decl = spec;
    o->pkg = c->pkg;
    o->used = 1;
    declare(c, c->scope, spec->x, o);
    o->scope = c->scope;
    check_obj_decl(c, o);
}

static void decl_stmt(Checker *c, Node *d)
{
    for (int i = 0; i < d->list.n; i++) {
        Node *spec = d->list.v[i];
        switch (d->op) {
        case TK_CONST: local_const_spec(c, spec); break;
        case TK_VAR:   local_var_spec(c, spec); break;
        case TK_TYPE:  local_type_spec(c, spec); break;
        default: break;
        }
    }
}

/* Statements. */

static int is_statement_call(Operand *x, Node *e)
{
    e = unparen(e);
    if (e->kind == N_UNARY && e->op == TK_ARROW)
        return 1;
    if (e->kind != N_CALL)
        return 0;
    Node *f = unparen(e->x);
    if (f->type == NULL && f->mode == M_TYPEXPR)
        return 0;
    if (f->mode == M_TYPEXPR)
        return 0;       /* conversion */
    if (f->mode == M_BUILTIN) {
        Object *o = f->obj;
        if (!o && f->kind == N_SELECTOR)
            o = f->y->obj;
        if (o) {
            switch (o->builtin) {
            case BI_APPEND: case BI_CAP: case BI_COMPLEX: case BI_IMAG: case BI_LEN:
            case BI_MAKE: case BI_NEW: case BI_REAL: case BI_ALIGNOF: case BI_OFFSETOF:
            case BI_SIZEOF: case BI_ADD: case BI_SLICE:
                return 0;
            default:
                return 1;
            }
        }
    }
    (void)x;
    return 1;
}

static void expr_stmt(Checker *c, Node *s)
{
    Operand x;
    check_raw_expr(c, &x, s->x, NULL, 0);
    const char *msg;
    switch (x.mode) {
    case M_INVALID:
        return;
    case M_BUILTIN:
        msg = "must be called";
        break;
    case M_TYPEXPR:
        msg = "is not an expression";
        break;
    default:
        if (is_statement_call(&x, s->x))
            return;
        msg = "is not used";
        break;
    }
    check_error(c, ast_start(s->x), "%s %s", operand_string(c, &x), msg);
}

static void suspended_call(Checker *c, Node *s, const char *keyword)
{
    Node *call = s->x;
    if (call->kind != N_CALL) {
        Operand x;
        check_raw_expr(c, &x, call, NULL, 0);
        return;
    }
    Operand x;
    check_raw_expr(c, &x, call, NULL, 0);
    if (x.mode == M_INVALID)
        return;
    Node *f = unparen(call->x);
    const char *msg = NULL;
    if (f->mode == M_TYPEXPR)
        msg = "requires function call, not conversion";
    else if (!is_statement_call(&x, call))
        msg = "discards result of";
    if (msg)
        check_error(c, ast_start(call), "%s %s %s", keyword, msg, operand_string(c, &x));
}

static void check_cond(Checker *c, Node *cond, const char *what)
{
    if (!cond)
        return;
    Operand x;
    check_expr(c, &x, cond);
    if (x.mode != M_INVALID && !type_is_boolean(x.type))
        check_error(c, ast_start(cond), "non-boolean condition in %s statement", what);
}

static void check_stmt(Checker *c, Node *s, int ctx);

static void block_stmt(Checker *c, Node *b, int ctx)
{
    open_scope(c);
    check_stmt_list(c, &b->list, ctx);
    close_scope(c);
}

static void return_stmt(Checker *c, Node *s)
{
    Type *res = c->fn->sig->results;
    int nres = res ? res->nfields : 0;
    if (s->list.n == 0 && nres > 0 && res->fields[0].name && res->fields[0].name[0]) {
        for (int i = 0; i < nres; i++) {
            Object *alt = lookup(c, res->fields[i].name, NULL);
            Object *own = scope_lookup_local(c->fn->scope, res->fields[i].name);
            if (alt && own && alt != own)
                check_error(c, s->pos, "result parameter %s not in scope at return\n\t%s:%d:%d: inner declaration of var %s %s",
                            res->fields[i].name, c->filename, alt->pos.line, alt->pos.col,
                            alt->name, tstr(c, alt->type));
        }
        return;
    }
    if (s->list.n == 0 && nres == 0)
        return;
    Object **lhs = arena_alloc(c->arena, (size_t)(nres + 1) * sizeof *lhs);
    for (int i = 0; i < nres; i++) {
        lhs[i] = object_new(c->arena, OBJ_VAR, res->fields[i].name, res->fields[i].pos,
                            res->fields[i].type);
    }
    if (s->list.n == 0) {
        Buf want = {0};
        types_of(c, &want, NULL, 0, lhs, nres);
        check_error(c, s->pos, "not enough return values\n\thave ()\n\twant %s", want.s);
        buf_free(&want);
        return;
    }
    check_init_vars(c, lhs, nres, &s->list, s);
}

static void incdec_stmt(Checker *c, Node *s)
{
    Operand x;
    check_expr(c, &x, s->x);
    if (x.mode == M_INVALID)
        return;
    if (!type_is_numeric(x.type)) {
        check_error(c, ast_start(s->x), "invalid operation: %s%s (non-numeric type %s)",
                    expr_str(c, s->x), s->op == TK_INC ? "++" : "--", tstr(c, x.type));
        return;
    }
    Operand one = { .mode = M_VALUE, .expr = s->x, .type = x.type };
    assign_var(c, s->x, &one);
}

static void assign_stmt(Checker *c, Node *s)
{
    if (s->op == TK_DEFINE) {
        check_short_var_decl(c, s, &s->list, &s->list2);
        return;
    }
    if (s->op == TK_ASSIGN) {
        check_assign_vars(c, &s->list, &s->list2, s);
        return;
    }
    if (s->list.n != 1 || s->list2.n != 1) {
        check_error(c, s->pos, "assignment operation %s= requires single-valued expressions",
                    token_text[s->op]);
        return;
    }
    Operand x;
    check_binary(c, &x, NULL, s->list.v[0], s->list2.v[0], s->op);
    assign_var(c, s->list.v[0], &x);
}

static void send_stmt(Checker *c, Node *s)
{
    Operand ch, val;
    check_expr(c, &ch, s->x);
    check_expr(c, &val, s->y);
    if (ch.mode == M_INVALID || val.mode == M_INVALID)
        return;
    Type *u = type_underlying(ch.type);
    if (u->kind != TY_CHAN) {
        check_error(c, ast_start(s->x), "invalid operation: cannot send to non-channel %s",
                    operand_string(c, &ch));
        return;
    }
    if (u->dir == CHAN_RECV) {
        check_error(c, ast_start(s->x), "invalid operation: cannot send to receive-only channel %s",
                    operand_string(c, &ch));
        return;
    }
    assignment(c, &val, u->elem, "send");
}

static void if_stmt(Checker *c, Node *s, int ctx)
{
    open_scope(c);
    if (s->x)
        check_stmt(c, s->x, 0);
    if (!s->y)
        check_error(c, s->pos, "missing condition in if statement");
    check_cond(c, s->y, "if");
    block_stmt(c, s->z, ctx);
    if (s->w) {
        if (s->w->kind == N_IF)
            if_stmt(c, s->w, ctx);
        else
            block_stmt(c, s->w, ctx);
    }
    close_scope(c);
}

static void case_body(Checker *c, Node *clause, int ctx)
{
    open_scope(c);
    check_stmt_list(c, &clause->list2, ctx);
    close_scope(c);
}

static void multiple_defaults(Checker *c, NodeList *clauses)
{
    Node *first = NULL;
    for (int i = 0; i < clauses->n; i++) {
        Node *cl = clauses->v[i];
        int is_default = (cl->flags & NF_DEFAULT) || (cl->kind == N_COMM && !cl->x);
        if (!is_default)
            continue;
        if (first)
            check_error(c, cl->pos, "multiple defaults (first at %s:%d:%d)", c->filename,
                        first->pos.line, first->pos.col);
        else
            first = cl;
    }
}

static void switch_stmt(Checker *c, Node *s, int ctx)
{
    open_scope(c);
    if (s->x)
        check_stmt(c, s->x, 0);
    Operand x;
    if (s->y) {
        check_expr(c, &x, s->y);
        assignment(c, &x, NULL, "switch expression");
        if (x.mode != M_INVALID && !type_comparable(x.type) && !type_has_nil(x.type)) {
            check_error(c, ast_start(s->y), "cannot switch on %s (%s is not comparable)",
                        operand_string(c, &x), tstr(c, x.type));
            x.mode = M_INVALID;
        }
    } else {
        x = (Operand){ .mode = M_CONST, .type = basic_types[TY_BOOL], .val = const_bool(c->ca, 1) };
        Node *t = node_new(c->arena, N_IDENT, s->pos);
        t->name = intern_cstr(c->in, "true");
        t->len = 4;
        x.expr = t;
    }
    multiple_defaults(c, &s->list);
    PtrVec seen = {0};
    for (int i = 0; i < s->list.n; i++) {
        Node *cl = s->list.v[i];
        for (int j = 0; j < cl->list.n; j++) {
            Operand v;
            check_expr(c, &v, cl->list.v[j]);
            if (x.mode == M_INVALID || v.mode == M_INVALID)
                continue;
            Operand tag = x;
            convert_untyped(c, &v, tag.type);
            if (v.mode == M_INVALID)
                continue;
            Operand res = v;
            check_comparison(c, &res, &tag, TK_EQL, NULL);
            if (res.mode == M_INVALID)
                continue;
            /* types2 looks for duplicates among integer, float and string constants only */
            if (v.mode == M_CONST && (v.val->kind == CV_INT || v.val->kind == CV_FLOAT ||
                                      v.val->kind == CV_STRING)) {
                for (int k = 0; k < seen.n; k++) {
                    Node *prev = seen.v[k];
                    if (prev->val->kind == v.val->kind && types_identical(prev->type, v.type) &&
                        const_compare(TK_EQL, prev->val, v.val)) {
                        check_error(c, ast_start(v.expr), "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                                    operand_string(c, &v), c->filename, ast_start(prev).line,
                                    ast_start(prev).col);
                        break;
                    }
                }
                v.expr->val = v.val;
                v.expr->type = v.type;
                vec_push(&seen, v.expr);
            }
        }
        case_body(c, cl, ctx);
    }
    free(seen.v);
    close_scope(c);
}

static void type_switch_stmt(Checker *c, Node *s, int ctx)
{
    open_scope(c);
    if (s->x)
        check_stmt(c, s->x, 0);
    Node *guard = s->z;
    Node *lhs = s->y;
    if (lhs && lhs->name[0] == '_' && lhs->name[1] == 0) {
        check_soft_error(c, lhs->pos, "no new variable on left side of :=");
        lhs = NULL;
    }
    Operand x;
    check_expr(c, &x, guard->x);
    if (x.mode != M_INVALID && !type_is_interface(x.type)) {
        check_error(c, ast_start(guard->x), "%s is not an interface", operand_string(c, &x));
        x.mode = M_INVALID;
    }
    multiple_defaults(c, &s->list);
    PtrVec objs = {0};
    PtrVec seen_types = {0}, seen_nodes = {0};
    for (int i = 0; i < s->list.n; i++) {
        Node *cl = s->list.v[i];
        Type *single = NULL;
        for (int j = 0; j < cl->list.n; j++) {
            Node *te = cl->list.v[j];
            Type *t;
            if (te->kind == N_IDENT && lookup(c, te->name, NULL) &&
                lookup(c, te->name, NULL)->kind == OBJ_NIL) {
                t = basic_types[TY_UNTYPED_NIL];
                te->type = t;
            } else {
                t = check_type(c, te);
            }
            if (t->kind == TY_INVALID) {
                if (cl->list.n == 1)
                    single = t;     /* the clause's variable is invalid too: no follow-on errors */
                continue;
            }
            for (int k = 0; k < seen_types.n; k++) {
                if (types_identical(seen_types.v[k], t)) {
                    Node *prev = seen_nodes.v[k];
                    check_error(c, ast_start(te), "duplicate case %s in type switch\n\t%s:%d:%d: previous case",
                                t->kind == TY_UNTYPED_NIL ? "nil" : tstr(c, t), c->filename,
                                ast_start(prev).line, ast_start(prev).col);
                    break;
                }
            }
            vec_push(&seen_types, t);
            vec_push(&seen_nodes, te);
            if (x.mode != M_INVALID && t->kind != TY_UNTYPED_NIL && !type_is_interface(t)) {
                Method *m;
                int wrong, ptr;
                if (!type_implements(t, x.type, &m, &wrong, &ptr)) {
                    const char *cause = ptr ? xasprintf_arena(c, "(%s method has pointer receiver)", m->name)
                                      : wrong ? xasprintf_arena(c, "(wrong type for %s method)", m->name)
                                              : xasprintf_arena(c, "(missing %s method)", m->name);
                    check_error(c, ast_start(te), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                                expr_str(c, te), operand_string(c, &x), tstr(c, t), cause);
                }
            }
            if (cl->list.n == 1)
                single = t;
        }
        open_scope(c);
        if (lhs) {
            /* the guard's type, or invalid when the guard is no interface (types2) */
            Type *vt = single && single->kind != TY_UNTYPED_NIL ? single
                     : x.mode == M_INVALID ? basic_types[TY_INVALID] : x.type;
            Object *o = object_new(c->arena, OBJ_VAR, lhs->name, lhs->pos, vt ? vt : basic_types[TY_INVALID]);
            o->pkg = c->pkg;
            o->state = OS_RESOLVED;
            o->used = 1;    /* usage is judged over all clauses below */
            declare(c, c->scope, NULL, o);
            vec_push(&objs, o);
            cl->obj = o;
            o->used = 0;
            o->is_param = 1;    /* not reported per clause */
        }
        check_stmt_list(c, &cl->list2, ctx);
        close_scope(c);
    }
    if (lhs) {
        int used = 0;
        for (int i = 0; i < objs.n; i++)
            if (((Object *)objs.v[i])->used)
                used = 1;
        if (!used)
            check_soft_error(c, lhs->pos, "%s declared but not used", lhs->name);
    }
    free(objs.v);
    free(seen_types.v);
    free(seen_nodes.v);
    close_scope(c);
}

static int is_recv(Node *e)
{
    e = unparen(e);
    return e && e->kind == N_UNARY && e->op == TK_ARROW;
}

static void select_stmt(Checker *c, Node *s, int ctx)
{
    multiple_defaults(c, &s->list);
    for (int i = 0; i < s->list.n; i++) {
        Node *cl = s->list.v[i];
        Node *comm = cl->x;
        int valid = !comm || comm->kind == N_SEND ||
                    (comm->kind == N_EXPRSTMT && is_recv(comm->x)) ||
                    (comm->kind == N_ASSIGN && comm->list2.n == 1 && is_recv(comm->list2.v[0]));
        if (!valid) {
            check_error(c, ast_start(comm), "select case must be send or receive (possibly with assignment)");
            continue;
        }
        open_scope(c);
        if (comm)
            check_stmt(c, comm, 0);
        check_stmt_list(c, &cl->list2, ctx);
        close_scope(c);
    }
}

static void for_stmt(Checker *c, Node *s, int ctx)
{
    open_scope(c);
    if (s->x)
        check_stmt(c, s->x, 0);
    check_cond(c, s->y, "for");
    if (s->z)
        check_stmt(c, s->z, 0);
    block_stmt(c, s->w, ctx);
    close_scope(c);
}

static void range_key_val(Type *t, Type **key, Type **val)
{
    Type *u = type_underlying(t);
    *key = *val = NULL;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        *key = basic_types[TY_INT];
        *val = universe_rune_type();
        break;
    case TY_ARRAY:
        *key = basic_types[TY_INT];
        *val = u->elem;
        break;
    case TY_SLICE:
        *key = basic_types[TY_INT];
        *val = u->elem;
        break;
    case TY_POINTER:
        if (type_underlying(u->elem)->kind == TY_ARRAY) {
            *key = basic_types[TY_INT];
            *val = type_underlying(u->elem)->elem;
        }
        break;
    case TY_MAP:
        *key = u->key;
        *val = u->elem;
        break;
    case TY_CHAN:
        *key = u->elem;
        break;
    default:
        break;
    }
}

static void range_stmt(Checker *c, Node *s, int ctx)
{
    Operand x;
    check_expr(c, &x, s->z);
    Type *key = NULL, *val = NULL;
    if (x.mode != M_INVALID) {
        const char *cause = NULL;
        Type *u = type_underlying(x.type);
        if (u->kind == TY_CHAN) {
            if (s->y)
                check_soft_error(c, ast_start(s->y), "range over %s permits only one iteration variable",
                                 operand_string(c, &x));
            if (u->dir == CHAN_SEND)
                cause = "receive from send-only channel";
        } else if (s->list.n) {
            check_soft_error(c, ast_start(s->list.v[0]), "range clause permits at most two iteration variables");
        }
        range_key_val(x.type, &key, &val);
        if (!key || cause) {
            if (cause)
                check_soft_error(c, ast_start(s->z), "cannot range over %s (%s)", operand_string(c, &x), cause);
            else
                check_soft_error(c, ast_start(s->z), "cannot range over %s", operand_string(c, &x));
        }
        if (type_is_untyped(x.type))
            convert_untyped(c, &x, basic_types[TY_STRING]);
    }
    open_scope(c);
    Node *lhs[2] = { s->x, s->y };
    Type *rhs[2] = { key, val };
    if (s->op == TK_DEFINE) {
        PtrVec vars = {0};
        for (int i = 0; i < 2; i++) {
            if (!lhs[i])
                continue;
            Object *o;
            if (lhs[i]->kind == N_IDENT) {
                o = new_local(c, lhs[i], NULL);
                if (!(lhs[i]->name[0] == '_' && lhs[i]->name[1] == 0))
                    vec_push(&vars, o);
            } else {
                check_error(c, ast_start(lhs[i]), "cannot declare %s", expr_str(c, lhs[i]));
                o = object_new(c->arena, OBJ_VAR, intern_cstr(c->in, "_"), lhs[i]->pos, NULL);
            }
            if (rhs[i]) {
                Operand v = { .mode = M_VALUE, .expr = lhs[i], .type = rhs[i] };
                init_var(c, o, &v, "range clause");
            } else {
                o->type = basic_types[TY_INVALID];
                o->used = 1;
            }
        }
        if (vars.n > 0) {
            for (int i = 0; i < vars.n; i++)
                declare(c, c->scope, NULL, vars.v[i]);
        } else {
            check_error(c, s->pos, "no new variables on left side of :=");
        }
        free(vars.v);
    } else if (s->op == TK_ASSIGN) {
        for (int i = 0; i < 2; i++) {
            if (!lhs[i] || !rhs[i])
                continue;
            Operand v = { .mode = M_VALUE, .expr = lhs[i], .type = rhs[i] };
            assign_var(c, lhs[i], &v);
        }
    }
    block_stmt(c, s->w, ctx);
    close_scope(c);
}

static void check_stmt(Checker *c, Node *s, int ctx)
{
    switch (s->kind) {
    case N_EMPTY: case N_BRANCH:
        break;
    case N_DECLSTMT:
        decl_stmt(c, s->x);
        break;
    case N_LABELED:
        check_stmt(c, s->y, ctx);
        break;
    case N_EXPRSTMT:
        expr_stmt(c, s);
        break;
    case N_SEND:
        send_stmt(c, s);
        break;
    case N_INCDEC:
        incdec_stmt(c, s);
        break;
    case N_ASSIGN:
        assign_stmt(c, s);
        break;
    case N_GO:
        suspended_call(c, s, "go");
        break;
    case N_DEFER:
        suspended_call(c, s, "defer");
        break;
    case N_RETURN:
        return_stmt(c, s);
        break;
    case N_BLOCK:
        block_stmt(c, s, ctx);
        break;
    case N_IF:
        if_stmt(c, s, ctx);
        break;
    case N_SWITCH:
        switch_stmt(c, s, ctx);
        break;
    case N_TYPESWITCH:
        type_switch_stmt(c, s, ctx);
        break;
    case N_SELECT:
        select_stmt(c, s, ctx);
        break;
    case N_FOR:
        for_stmt(c, s, ctx);
        break;
    case N_RANGE:
        range_stmt(c, s, ctx);
        break;
    default:
        check_error(c, s->pos, "invalid statement");
        break;
    }
}

void check_stmt_list(Checker *c, NodeList *l, int ctx)
{
    for (int i = 0; i < l->n; i++)
        check_stmt(c, l->v[i], ctx);
}
