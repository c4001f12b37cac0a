/*
 * typexpr.c — type expressions: names, literals, signatures, struct and
 * interface types, array lengths, and the check that a defined type does
 * not contain itself (types2's typexpr.go, struct.go, interface.go,
 * signature.go, validtype.go).
 */
#include "compiler/check.h"

#include <stdlib.h>
#include <string.h>

static int comparability_pending(Type *t, int depth);

static Type *invalid(void)
{
    return basic_types[TY_INVALID];
}

Type *check_type(Checker *c, Node *e)
{
    return check_type_def(c, e, NULL);
}

/* Field and parameter types: a type that may be incomplete. */
static Type *var_type(Checker *c, Node *e)
{
    return check_type(c, e);
}

int64_t check_array_len(Checker *c, Node *e)
{
    if (e->kind == N_IDENT) {
        Object *o = lookup(c, e->name, NULL);
        if (!o) {
            check_error(c, e->pos, "undefined: %s", e->name);
            return -1;
        }
        if (o->kind != OBJ_CONST) {
            check_error(c, e->pos, "invalid array length %s", e->name);
            return -1;
        }
    }
    Operand x;
    check_expr(c, &x, e);
    if (x.mode != M_CONST) {
        if (x.mode != M_INVALID)
            check_error(c, ast_start(e), "array length %s must be constant", operand_string(c, &x));
        return -1;
    }
    if (type_is_untyped(x.type) || type_is_integer(x.type)) {
        ConstVal *v = const_to_kind(c->ca, x.val, CV_INT);
        if (v && const_fits_int64(v) && const_int64(v) >= 0)
            return const_int64(v);
        if (v || type_is_integer(x.type)) {
            check_error(c, ast_start(e), "invalid array length %s", operand_string(c, &x));
            return -1;
        }
    }
    check_error(c, ast_start(e), "array length %s must be integer", operand_string(c, &x));
    return -1;
}

/* Structs. */

static Node *embedded_name(Node *t)
{
    while (t->kind == N_PAREN || t->kind == N_STAR)
        t = t->x;
    if (t->kind == N_SELECTOR)
        return t->y;
    return t;
}

static Type *struct_type(Checker *c, Node *e)
{
    Type *t = type_new(c->arena, TY_STRUCT);
    int n = 0;
    for (int i = 0; i < e->list.n; i++)
        n += e->list.v[i]->list.n ? e->list.v[i]->list.n : 1;
    t->fields = n ? arena_alloc(c->arena, (size_t)n * sizeof *t->fields) : NULL;
    Scope *names = scope_new(c->arena, NULL);
    for (int i = 0; i < e->list.n; i++) {
        Node *f = e->list.v[i];
        Type *ft = var_type(c, f->x);
        const char *tag = NULL;
        if (f->y) {
            size_t len;
            char *s = lex_unquote(f->y->name, (size_t)f->y->len, &len);
            tag = len ? arena_strndup(c->arena, s, len) : NULL;   /* "" is no tag (identity) */
            free(s);
        }
        if (f->flags & NF_EMBEDDED) {
            Node *nm = embedded_name(f->x);
            Field *fl = &t->fields[t->nfields++];
            fl->name = nm->name;
            fl->type = ft;
            fl->embedded = 1;
            fl->tag = tag;
            fl->pos = nm->pos;
            fl->pkg = c->pkg;
            Type *u = type_underlying(ft);
            if (ft->kind == TY_POINTER) {
                Type *base = ft->elem;
                if (type_underlying(base)->kind == TY_POINTER)
                    check_error(c, ast_start(f->x), "embedded field type cannot be a pointer");
                else if (type_underlying(base)->kind == TY_INTERFACE)
                    check_error(c, ast_start(f->x), "embedded field type cannot be a pointer to an interface");
            } else if (u->kind == TY_UNSAFEPTR) {
                check_error(c, ast_start(f->x), "embedded field type cannot be unsafe.Pointer");
            } else if (ft->kind == TY_NAMED && u->kind == TY_POINTER) {
                check_error(c, ast_start(f->x), "embedded field type cannot be a pointer");
            } else if (ft->kind == TY_NAMED && !ft->underlying) {
                /* still being defined (type T *struct{ T }): checked once it is */
                f->type = ft;
                vec_push(&c->later_types, f);
            }
            Object *o = object_new(c->arena, OBJ_VAR, fl->name, fl->pos, ft);
            if (scope_insert(c->arena, names, o)) {
                check_error(c, fl->pos, "%s redeclared", fl->name);
                t->nfields--;   /* not a field (types2): no ambiguous selectors later */
            }
            continue;
        }
        for (int k = 0; k < f->list.n; k++) {
            Node *id = f->list.v[k];
            Field *fl = &t->fields[t->nfields++];
            fl->name = id->name;
            fl->type = ft;
            fl->tag = tag;
            fl->pos = id->pos;
            fl->pkg = c->pkg;
            if (id->name[0] == '_' && id->name[1] == 0)
                continue;
            Object *o = object_new(c->arena, OBJ_VAR, id->name, id->pos, ft);
            Object *alt = scope_insert(c->arena, names, o);
            if (alt) {
                check_error(c, id->pos, "%s redeclared\n\t%s:%d:%d: other declaration of %s",
                            id->name, c->filename, alt->pos.line, alt->pos.col, id->name);
                t->nfields--;   /* not a field (types2): no ambiguous selectors later */
            }
        }
    }
    return t;
}

/* Interfaces: explicit methods plus embedded interfaces, completed at once. */
static Type *interface_type(Checker *c, Node *e, Type *def)
{
    Type *t = type_new(c->arena, TY_INTERFACE);
    if (def)
        def->underlying = t;    /* methods may refer to the interface being defined */
    Pos *embpos = arena_alloc(c->arena, (size_t)(e->list.n + 1) * sizeof *embpos);
    for (int i = 0; i < e->list.n; i++) {
        Node *f = e->list.v[i];
        if (f->list.n == 0) {
            Type *et = check_type(c, f->x);
            if (et->kind == TY_INVALID)
                continue;
            if (et->kind == TY_NAMED && et->obj->state == OS_RESOLVING) {
                /* embedding needs the whole method set of a type still being defined:
                 * the cycle through the types being resolved, and the type is invalid */
                int from = objpath_index(c, et->obj);
                if (from >= 0)
                    report_cycle(c, from, 1);
                else
                    check_error(c, et->obj->pos, "invalid recursive type %s", et->obj->name);
                et->obj->bad_cycle = 1;
                continue;
            }
            if (type_underlying(et)->kind != TY_INTERFACE) {
                if (type_underlying(et)->kind != TY_INVALID)
                    check_error(c, ast_start(f->x),
                                "cannot use %s as interface: %s is not an interface (type constraints are not supported)",
                                tstr(c, et), tstr(c, et));
                continue;
            }
            t->embeds = arena_alloc(c->arena, 0) ? t->embeds : t->embeds;
            Type **ne = arena_alloc(c->arena, (size_t)(t->nembeds + 1) * sizeof *ne);
            if (t->nembeds)
                memcpy(ne, t->embeds, (size_t)t->nembeds * sizeof *ne);
            embpos[t->nembeds] = ast_start(f->x);
            ne[t->nembeds++] = et;
            t->embeds = ne;
            continue;
        }
        Node *name = f->list.v[0];
        if (name->name[0] == '_' && name->name[1] == 0) {
            check_error(c, name->pos, "methods must have a unique non-blank name");
            continue;
        }
        Scope *s = scope_new(c->arena, c->scope);
        Type *sig = check_signature(c, f->x, NULL, s);
        int dup = -1;
        for (int k = 0; k < t->nmethods; k++)
            if (t->methods[k].name == name->name)
                dup = k;
        if (dup >= 0) {
            check_error(c, name->pos, "duplicate method %s\n\t%s:%d:%d: other declaration of %s", name->name,
                        c->filename, t->methods[dup].pos.line, t->methods[dup].pos.col, name->name);
            continue;
        }
        Method *m = type_add_method(c->arena, t, name->name);
        m->sig = sig;
        m->pos = name->pos;
    }
    /* types2's computeInterfaceTypeSet: the explicit methods, then each embedded
     * interface's at its embedding; a name met again with another signature is a
     * duplicate, at the later place, with the earlier as the other declaration */
    int nseen = t->nmethods;
    for (int i = 0; i < t->nembeds; i++) {
        Type *eu = type_underlying(t->embeds[i]);
        if (eu->kind == TY_INTERFACE) {
            iface_complete(c->arena, eu);
            nseen += eu->nmethods;
        }
    }
    const char **sname = arena_alloc(c->arena, (size_t)(nseen + 1) * sizeof *sname);
    Type **ssig = arena_alloc(c->arena, (size_t)(nseen + 1) * sizeof *ssig);
    Pos *spos = arena_alloc(c->arena, (size_t)(nseen + 1) * sizeof *spos);
    int ns = 0;
    for (int k = 0; k < t->nmethods; k++, ns++) {
        sname[ns] = t->methods[k].name;
        ssig[ns] = t->methods[k].sig;
        spos[ns] = t->methods[k].pos;
    }
    for (int i = 0; i < t->nembeds; i++) {
        Type *eu = type_underlying(t->embeds[i]);
        if (eu->kind != TY_INTERFACE)
            continue;
        for (int j = 0; j < eu->nmethods; j++) {
            int k = 0;
            while (k < ns && sname[k] != eu->methods[j].name)
                k++;
            if (k == ns) {
                sname[ns] = eu->methods[j].name;
                ssig[ns] = eu->methods[j].sig;
                spos[ns++] = embpos[i];
            } else if (!types_identical(ssig[k], eu->methods[j].sig)) {
                check_error(c, embpos[i], "duplicate method %s\n\t%s:%d:%d: other declaration of %s",
                            sname[k], c->filename, spos[k].line, spos[k].col, sname[k]);
            }
        }
    }
    iface_complete(c->arena, t);
    return t;
}

/* Signatures. Parameters and named results are declared in scope. */
static Type *param_tuple(Checker *c, NodeList *fields, Scope *scope, int variadic_ok,
                         int *variadic, int is_result)
{
    int n = 0;
    for (int i = 0; i < fields->n; i++)
        n += fields->v[i]->list.n ? fields->v[i]->list.n : 1;
    Type *tup = type_tuple(c->arena, n);
    int k = 0;
    for (int i = 0; i < fields->n; i++) {
        Node *f = fields->v[i];
        Node *te = f->x;
        Type *t;
        if (te->kind == N_ELLIPSIS) {
            Type *elem = var_type(c, te->x);
            if (variadic_ok && i == fields->n - 1 && f->list.n <= 1) {
                *variadic = 1;
                t = type_slice(c->arena, elem);
            } else {
                check_error(c, te->pos, "can only use ... with final parameter in list");
                t = type_slice(c->arena, elem);
            }
        } else {
            t = var_type(c, te);
        }
        if (f->list.n == 0) {
            tup->fields[k].name = "";
            tup->fields[k].type = t;
            tup->fields[k].pos = ast_start(te);
            k++;
            continue;
        }
        for (int j = 0; j < f->list.n; j++) {
            Node *id = f->list.v[j];
            tup->fields[k].name = id->name;
            tup->fields[k].type = t;
            tup->fields[k].pos = id->pos;
            k++;
            if (scope) {
                Object *o = object_new(c->arena, OBJ_VAR, id->name, id->pos, t);
                o->is_param = 1;
                o->used = 1;
                o->state = OS_RESOLVED;
                declare(c, scope, id, o);
            }
        }
    }
    (void)is_result;
    return tup;
}

Type *check_signature(Checker *c, Node *ft, Node *recv, Scope *scope)
{
    Type *sig = type_new(c->arena, TY_FUNC);
    Scope *saved = c->scope;
    if (recv) {
        int v = 0;
        NodeList rl = { &recv, 1, 1 };
        Type *rt = param_tuple(c, &rl, scope, 0, &v, 0);
        (void)rt;
    }
    int variadic = 0, dummy = 0;
    sig->params = param_tuple(c, &ft->list, scope, 1, &variadic, 0);
    sig->results = param_tuple(c, &ft->list2, scope, 0, &dummy, 1);
    sig->variadic = variadic;
    c->scope = saved;
    return sig;
}

/* A defined type must not contain itself other than through indirection. */
static int contains(Type *t, Type *target, int depth)
{
    if (depth > 100)
        return 0;
    if (t == target)
        return 1;
    if (t->kind == TY_NAMED) {
        if (!t->underlying)
            return 0;
        return contains(t->underlying, target, depth + 1);
    }
    if (t->kind == TY_ARRAY)
        return contains(t->elem, target, depth + 1);
    if (t->kind == TY_STRUCT) {
        for (int i = 0; i < t->nfields; i++)
            if (contains(t->fields[i].type, target, depth + 1))
                return 1;
    }
    return 0;
}

static void valid_type(Checker *c, Type *named, Pos pos)
{
    if (!named->underlying)
        return;
    if (contains(named->underlying, named, 0)) {
        check_error(c, pos, "invalid recursive type %s\n\t%s:%d:%d: %s refers to\n\t%s:%d:%d: %s",
                    named->obj->name, c->filename, pos.line, pos.col, named->obj->name,
                    c->filename, pos.line, pos.col, named->obj->name);
        named->underlying = invalid();
    }
}

Type *check_type_def(Checker *c, Node *e, Type *def)
{
    Type *t = invalid();
    switch (e->kind) {
    case N_IDENT:
    case N_SELECTOR: {
        Operand x;
        check_expr_or_type(c, &x, e);
        if (x.mode == M_TYPEXPR) {
            t = x.type;
            if (def && t->kind == TY_NAMED && t == def) {     /* type T T: the cycle [T] */
                Pos p = t->obj->pos;
                check_error(c, p, "invalid recursive type %s\n\t%s:%d:%d: %s refers to\n\t%s:%d:%d: %s",
                            t->obj->name, c->filename, p.line, p.col, t->obj->name, c->filename, p.line,
                            p.col, t->obj->name);
                t = invalid();
            }
        } else if (x.mode != M_INVALID) {
            if (x.mode == M_NOVALUE || x.mode == M_BUILTIN)
                check_error(c, ast_start(e), "%s used as type", operand_string(c, &x));
            else
                check_error(c, ast_start(e), "%s is not a type", operand_string(c, &x));
        }
        break;
    }
    case N_PAREN:
        t = check_type_def(c, e->x, def);
        break;
    case N_ARRAYTYPE:
        if (e->x->kind == N_ELLIPSIS) {
            check_error(c, e->pos, "invalid use of [...] array (outside a composite literal)");
            check_type(c, e->y);
            break;
        } else {
            int64_t n = check_array_len(c, e->x);
            Type *elem = var_type(c, e->y);
            if (n >= 0)     /* an erroneous length makes the type invalid, as in types2 */
                t = type_array(c->arena, elem, n);
        }
        break;
    case N_SLICETYPE:
        t = type_slice(c->arena, var_type(c, e->y));
        break;
    case N_ELLIPSIS:
        check_error(c, e->pos, "invalid use of '...'");
        break;
    case N_STAR:
        t = type_pointer(c->arena, check_type(c, e->x));
        break;
    case N_FUNCTYPE:     /* its parameter names in a scope of their own: duplicates are errors */
        t = check_signature(c, e, NULL, scope_new(c->arena, c->scope));
        break;
    case N_STRUCTTYPE:
        t = struct_type(c, e);
        break;
    case N_IFACETYPE:
        t = interface_type(c, e, def);
        break;
    case N_MAPTYPE: {
        Type *k = var_type(c, e->x);
        Type *v = var_type(c, e->y);
        t = type_map(c->arena, k, v);
        if (comparability_pending(k, 0))
            vec_push(&c->later_types, e);
        else if (!type_comparable(k) && type_underlying(k)->kind != TY_INVALID)
            check_error(c, ast_start(e->x), "invalid map key type %s", tstr(c, k));
        e->type = t;
        break;
    }
    case N_CHANTYPE:
        t = type_chan(c->arena, var_type(c, e->x), e->op);
        break;
    default: {
        Operand x;
        check_expr_or_type(c, &x, e);
        if (x.mode == M_TYPEXPR)
            t = x.type;
        else if (x.mode != M_INVALID)
            check_error(c, ast_start(e), "%s is not a type", expr_str(c, e));
        break;
    }
    }
    if (def && t->kind != TY_INVALID) {
        def->underlying = (t->kind == TY_NAMED && type_underlying_pending(t) && t != def) ? t : type_underlying(t);
        valid_type(c, def, def->obj->pos);
        t = def->underlying == invalid() ? invalid() : t;
    }
    e->type = t;
    e->mode = M_TYPEXPR;
    return t;
}

/* Map key checks that had to wait for a type's underlying type. */
/* Whether t's comparability waits on a type still being defined: a named type
 * without its underlying type yet, as t or inside its arrays and structs
 * (type m map[k]int; type k [1]m). */
static int comparability_pending(Type *t, int depth)
{
    if (!t || depth > 100)
        return 0;
    if (t->kind == TY_NAMED && !t->underlying)
        return 1;
    Type *u = t->kind == TY_NAMED ? t->underlying : t;
    if (u->kind == TY_ARRAY)
        return comparability_pending(u->elem, depth + 1);
    if (u->kind == TY_STRUCT)
        for (int i = 0; i < u->nfields; i++)
            if (comparability_pending(u->fields[i].type, depth + 1))
                return 1;
    return 0;
}

void check_later_types(Checker *c)
{
    for (int i = 0; i < c->later_types.n; i++) {
        Node *e = c->later_types.v[i];
        if (e->kind != N_MAPTYPE) {     /* an embedded field of a type then being defined */
            if (type_underlying(e->type)->kind == TY_POINTER)
                check_error(c, ast_start(e->x), "embedded field type cannot be a pointer");
            continue;
        }
        Type *k = e->type->key;
        if (!type_comparable(k) && type_underlying(k)->kind != TY_INVALID)
            check_error(c, ast_start(e->x), "invalid map key type %s", tstr(c, k));
    }
    c->later_types.n = 0;
}
