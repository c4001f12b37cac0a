/*
 * call.c — calls, conversions and argument passing (types2's call.go).
 *
 * A call expression is one of: a conversion T(x), a builtin call, or a call
 * of a function value (including methods and method values). Arguments are
 * assigned to parameters with the usual assignability rules; f(g()) spreads
 * a multi-value g across the parameters, and f(s...) passes a slice to the
 * variadic parameter as is.
 */
#include "compiler/check.h"

#include <string.h>

static void set_invalid(Operand *x)
{
    x->mode = M_INVALID;
    x->type = basic_types[TY_INVALID];
}

/* types2's typesSummary: "(int, string)", untyped numbers as "number", "<T>" for
 * invalid types, the last one as "...T" when variadic. */
void types_summary(Checker *c, Buf *b, Type **types, int n, int variadic)
{
    buf_putc(b, '(');
    for (int i = 0; i < n; i++) {
        Type *t = types[i];
        if (i)
            buf_puts(b, ", ");
        if (!t || t->kind == TY_INVALID)
            buf_puts(b, "<T>");
        else if (type_is_untyped(t))
            buf_puts(b, type_is_numeric(t) ? "number" : t->basic_name + strlen("untyped "));
        else if (variadic && i == n - 1) {
            buf_puts(b, "...");
            type_string(b, t->elem, c->pkg);
        } else
            type_string(b, t, c->pkg);
    }
    buf_putc(b, ')');
}

/* Evaluates a call's argument list; a single multi-value call spreads. */
void check_exprs_list(Checker *c, NodeList *l, Operand **out, int *n, int allow_commaok)
{
    if (l->n == 1) {
        Operand x;
        check_multi_expr(c, &x, l->v[0]);
        if (x.mode != M_INVALID && x.type && x.type->kind == TY_TUPLE) {
            int k = x.type->nfields;
            Operand *v = arena_alloc(c->arena, (size_t)(k ? k : 1) * sizeof *v);
            for (int i = 0; i < k; i++)
                v[i] = (Operand){ .mode = M_VALUE, .expr = l->v[0], .type = x.type->fields[i].type };
            *out = v;
            *n = k;
            return;
        }
        Operand *v = arena_alloc(c->arena, 2 * sizeof *v);
        v[0] = x;
        *n = 1;
        if (allow_commaok && (x.mode == M_MAPINDEX || x.mode == M_COMMAOK)) {
            v[0].mode = M_VALUE;
            v[1] = (Operand){ .mode = M_VALUE, .expr = l->v[0], .type = basic_types[TY_UNTYPED_BOOL] };
            *n = 2;
        }
        *out = v;
        return;
    }
    Operand *v = arena_alloc(c->arena, (size_t)(l->n ? l->n : 1) * sizeof *v);
    for (int i = 0; i < l->n; i++)
        check_expr(c, &v[i], l->v[i]);
    *out = v;
    *n = l->n;
}

static void arguments(Checker *c, Node *call, Type *sig, Operand *args, int nargs)
{
    for (int i = 0; i < nargs; i++) {
        if (args[i].mode == M_TYPEXPR) {
            check_error(c, ast_start(args[i].expr), "%s used as value", operand_string(c, &args[i]));
            return;
        }
        if (args[i].mode == M_INVALID)
            return;
    }
    int ddd = (call->flags & NF_DOTS) != 0;
    Type *params = sig->params;
    int npars = params->nfields;
    int variadic = sig->variadic;
    Type **ptypes = arena_alloc(c->arena, (size_t)(nargs + npars + 1) * sizeof *ptypes);
    for (int i = 0; i < npars; i++)
        ptypes[i] = params->fields[i].type;
    int nptypes = npars;
    if (variadic) {
        if (ddd) {
            if (call->list.n == 1 && nargs > 1) {
                check_error(c, ast_start(call), "cannot use ... with %d-valued %s", nargs,
                            expr_str(c, call->list.v[0]));
                return;
            }
        } else if (nargs >= npars - 1) {
            /* spread the variadic parameter over the remaining arguments */
            Type *last = params->fields[npars - 1].type->elem;
            nptypes = npars - 1;
            for (int i = npars - 1; i < nargs; i++)
                ptypes[nptypes++] = last;
        }
    } else if (ddd) {
        check_error(c, ast_start(call), "cannot use ... in call to non-variadic %s",
                    expr_str(c, call->x));
        return;
    }
    if (nargs != nptypes) {
        Node *at = call;
        const char *qual = "not enough";
        Pos pos;
        if (nargs > nptypes) {
            at = args[nptypes].expr;
            qual = "too many";
            pos = ast_start(at);
        } else if (nargs > 0) {
            at = args[nargs - 1].expr;
            pos = ast_start(at);
        } else {
            pos = call->pos3;
        }
        Buf have = {0}, want = {0};
        Type **at_types = arena_alloc(c->arena, (size_t)(nargs + 1) * sizeof *at_types);
        for (int i = 0; i < nargs; i++)
            at_types[i] = args[i].type;
        types_summary(c, &have, at_types, nargs, 0);
        Type **pt = arena_alloc(c->arena, (size_t)(npars + 1) * sizeof *pt);
        for (int i = 0; i < npars; i++)
            pt[i] = params->fields[i].type;
        types_summary(c, &want, pt, npars, variadic);
        check_error(c, pos, "%s arguments in call to %s\n\thave %s\n\twant %s", qual,
                    expr_str(c, call->x), have.s, want.s);
        buf_free(&have);
        buf_free(&want);
        return;
    }
    const char *context = xasprintf_arena(c, "argument to %s", expr_str(c, call->x));
    for (int i = 0; i < nargs; i++)
        assignment(c, &args[i], ptypes[i], context);
}

void check_call(Checker *c, Operand *x, Node *call)
{
    check_expr_or_type(c, x, call->x);
    switch (x->mode) {
    case M_INVALID:
        use_exprs(c, &call->list);
        goto fail;
    case M_TYPEXPR: {
        Type *t = x->type;
        x->mode = M_INVALID;
        int n = call->list.n;
        if (n == 0) {
            check_error(c, call->pos3, "missing argument in conversion to %s", tstr(c, t));
            goto fail;
        }
        if (call->flags & NF_DOTS) {
            check_error(c, ast_start(call->list.v[0]), "invalid use of ... in type conversion to %s",
                        tstr(c, t));
            use_exprs(c, &call->list);
            goto fail;
        }
        if (n > 1) {
            check_error(c, ast_start(call->list.v[n - 1]), "too many arguments in conversion to %s",
                        tstr(c, t));
            use_exprs(c, &call->list);
            goto fail;
        }
        check_expr_with_hint(c, x, call->list.v[0], t);
        if (x->mode != M_INVALID)
            check_conversion(c, x, t);
        if (x->mode == M_INVALID)
            goto fail;
        x->expr = call;
        record(c, x);
        return;
    }
    case M_BUILTIN:
        check_builtin(c, x, call, x->id);
        if (x->mode == M_INVALID) {
            x->expr = call;
            return;
        }
        x->expr = call;
        record(c, x);
        return;
    default:
        break;
    }
    single_value(c, x);
    if (x->mode == M_INVALID)
        goto fail;
    Type *sig = type_underlying(x->type);
    if (sig->kind != TY_FUNC) {
        check_error(c, ast_start(x->expr), "invalid operation: cannot call non-function %s",
                    operand_string(c, x));
        use_exprs(c, &call->list);
        goto fail;
    }
    Operand *args;
    int nargs;
    check_exprs_list(c, &call->list, &args, &nargs, 0);
    arguments(c, call, sig, args, nargs);
    Type *res = sig->results;
    if (!res || res->nfields == 0) {
        x->mode = M_NOVALUE;
        x->type = res ? res : type_tuple(c->arena, 0);
    } else if (res->nfields == 1) {
        x->mode = M_VALUE;
        x->type = res->fields[0].type;
    } else {
        x->mode = M_VALUE;
        x->type = res;
    }
    x->expr = call;
    record(c, x);
    return;
fail:
    set_invalid(x);
    x->expr = call;
}
