/*
 * builtins.c — calls of the predeclared functions (append, cap, close,
 * complex, copy, delete, imag, len, make, new, panic, print, println, real,
 * recover) and of unsafe's (Alignof, Offsetof, Sizeof, Add, Slice), after
 * types2's builtins.go.
 *
 * Arguments are evaluated as a function call's would be, a single
 * multi-value call spreading over the parameters, except for make, new and
 * unsafe.Offsetof whose first argument is a type or a selector. The result
 * is a constant where the spec says so: len and cap of arrays (unless the
 * argument contains a call or a receive, which would then have to run),
 * len of constant strings, real/imag/complex of constants, and the unsafe
 * size queries, laid out as go lays out types on amd64. Every message is
 * the one `go build` prints (types2 with CompilerErrorMessages).
 */
#include "compiler/check.h"

#include <string.h>

/* Argument counts: the minimum, and whether more may follow. */
static const struct { int nargs, variadic; } signatures[BI__COUNT] = {
    [BI_APPEND] = { 1, 1 }, [BI_CAP] = { 1, 0 }, [BI_CLOSE] = { 1, 0 },
    [BI_COMPLEX] = { 2, 0 }, [BI_COPY] = { 2, 0 }, [BI_DELETE] = { 2, 0 },
    [BI_IMAG] = { 1, 0 }, [BI_LEN] = { 1, 0 }, [BI_MAKE] = { 1, 1 }, [BI_NEW] = { 1, 0 },
    [BI_PANIC] = { 1, 0 }, [BI_PRINT] = { 0, 1 }, [BI_PRINTLN] = { 0, 1 },
    [BI_REAL] = { 1, 0 }, [BI_RECOVER] = { 0, 0 }, [BI_ALIGNOF] = { 1, 0 },
    [BI_OFFSETOF] = { 1, 0 }, [BI_SIZEOF] = { 1, 0 }, [BI_ADD] = { 2, 0 }, [BI_SLICE] = { 2, 0 },
};

static int is_nil(Operand *x)
{
    return x->mode == M_NILVALUE || (x->type && x->type->kind == TY_UNTYPED_NIL);
}

/* types2's emptyInterface: a fresh interface{} rather than the universe's
 * any, so that recover() prints as go prints it, "interface{}". */
static Type *empty_interface(Checker *c)
{
    Type *t = type_new(c->arena, TY_INTERFACE);
    t->complete = 1;
    return t;
}

static Type *no_value(Checker *c)
{
    return type_tuple(c->arena, 0);
}

/*
 * Is t's size known? Not while an array's length is unknown (-1), nor for an invalid
 * recursive type, which the depth bound cuts short (types2's hasVarSize
 * guards against the same cycles). Either follows an error already reported,
 * so the caller stays silent.
 */
static int size_known(Type *t, int depth)
{
    Type *u = type_underlying(t);
    if (depth > 64 || !u)
        return 0;
    switch (u->kind) {
    case TY_ARRAY:
        return u->len >= 0 && size_known(u->elem, depth + 1);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!size_known(u->fields[i].type, depth + 1))
                return 0;
        return 1;
    case TY_INVALID:
        return 0;
    default:
        return 1;
    }
}

static void set_const_int(Checker *c, Operand *x, Type *t, int64_t v)
{
    x->mode = M_CONST;
    x->type = t;
    x->val = const_make_int64(c->ca, v);
}

/*
 * Does e contain a call or a channel receive that len or cap would have to
 * evaluate? Conversions are not calls, nor are builtin calls with constant
 * results; a nested len or cap with a constant result hides its argument
 * entirely (types2 restores hasCallOrRecv around it). Function literal bodies
 * do not count: types2 checks them later, outside the argument.
 */
static int has_call_or_recv(Node *e);

static int list_has_call_or_recv(NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        if (has_call_or_recv(l->v[i]))
            return 1;
    return 0;
}

static int is_len_or_cap(Node *fun)
{
    while (fun->kind == N_PAREN)
        fun = fun->x;
    Object *obj = fun->obj;
    return obj && obj->kind == OBJ_BUILTIN && (obj->builtin == BI_LEN || obj->builtin == BI_CAP);
}

static int has_call_or_recv(Node *e)
{
    if (!e || e->kind == N_FUNCLIT)
        return 0;
    if (e->kind == N_UNARY && e->op == TK_ARROW)
        return 1;
    if (e->kind == N_CALL) {
        switch (e->x->mode) {
        case M_TYPEXPR:
            break;
        case M_BUILTIN:
            if (e->mode != M_CONST && e->mode != M_INVALID)
                return 1;
            if (is_len_or_cap(e->x))
                return 0;
            break;
        default:
            return 1;
        }
        return list_has_call_or_recv(&e->list);
    }
    return has_call_or_recv(e->x) || has_call_or_recv(e->y) || has_call_or_recv(e->z) ||
           has_call_or_recv(e->w) || list_has_call_or_recv(&e->list) ||
           list_has_call_or_recv(&e->list2);
}

/* Constant parts. ConstVal has no constructor from rationals, so a fresh
 * value of the right kind is made by conversion and filled in before anyone
 * else sees it. */

static ConstVal *fresh_val(Checker *c, ConstKind k)
{
    return const_to_kind(c->ca, const_make_int64(c->ca, 0), k);
}

static ConstVal *complex_part(Checker *c, ConstVal *z, int imag)
{
    if (z->kind == CV_UNKNOWN)
        return z;
    ConstVal *zc = const_to_kind(c->ca, z, CV_COMPLEX);
    ConstVal *v = fresh_val(c, CV_FLOAT);
    mpq_set(v->re, imag ? zc->im : zc->re);
    return v;
}

static ConstVal *make_complex(Checker *c, ConstVal *re, ConstVal *im)
{
    if (re->kind == CV_UNKNOWN || im->kind == CV_UNKNOWN)
        return const_unknown(c->ca);
    ConstVal *r = const_to_kind(c->ca, re, CV_FLOAT);
    ConstVal *i = const_to_kind(c->ca, im, CV_FLOAT);
    if (!r || !i)
        return const_unknown(c->ca);
    ConstVal *v = fresh_val(c, CV_COMPLEX);
    mpq_set(v->re, r->re);
    mpq_set(v->im, i->re);
    return v;
}

/*
 * types2's isValidIndex: an untyped constant becomes an int; the value must
 * be an integer and, if constant, representable as an int (and not negative
 * unless allowed). what names the argument in messages ("index", "length").
 */
static int valid_index(Checker *c, Operand *x, const char *what, int allow_negative)
{
    if (x->mode == M_INVALID)
        return 0;
    convert_untyped(c, x, basic_types[TY_INT]);
    if (x->mode == M_INVALID)
        return 0;
    if (!type_is_integer(x->type)) {
        check_error(c, ast_start(x->expr), "invalid argument: %s %s must be integer", what,
                    operand_string(c, x));
        return 0;
    }
    if (x->mode == M_CONST && x->val->kind != CV_UNKNOWN) {
        if (!allow_negative && const_sign(x->val) < 0) {
            check_error(c, ast_start(x->expr), "invalid argument: %s %s must not be negative", what,
                        operand_string(c, x));
            return 0;
        }
        ConstVal *iv = const_to_kind(c->ca, x->val, CV_INT);
        if (!iv || !const_fits_int64(iv)) {
            check_error(c, ast_start(x->expr), "invalid argument: %s %s overflows int", what,
                        operand_string(c, x));
            return 0;
        }
        x->val = iv;
    }
    return 1;
}

/* A size argument of make: its constant value, or -1 (types2's index with
 * no upper bound). */
static int64_t size_arg(Checker *c, Node *e)
{
    Operand x;
    check_expr(c, &x, e);
    if (!valid_index(c, &x, "index", 0))
        return -1;
    if (x.mode != M_CONST || x.val->kind == CV_UNKNOWN)
        return -1;
    return const_int64(x.val);
}

/* append. */

static void append_count_error(Checker *c, Node *call, Operand *args, int nargs, Type *params[2])
{
    int too_many = nargs > 2;
    Node *at = too_many ? args[2].expr : args[nargs - 1].expr;
    Type **have = arena_alloc(c->arena, (size_t)nargs * sizeof *have);
    for (int i = 0; i < nargs; i++)
        have[i] = args[i].type;
    Buf h = {0}, w = {0};
    types_summary(c, &h, have, nargs, 0);
    types_summary(c, &w, params, 2, 1);
    check_error(c, ast_start(at), "%s arguments in call to %s\n\thave %s\n\twant %s",
                too_many ? "too many" : "not enough", expr_str(c, call->x), h.s, w.s);
    buf_free(&h);
    buf_free(&w);
}

/* The general case: append checked as a call of func(S, ...T) S
 * (types2's arguments with a made-up signature). */
static void append_arguments(Checker *c, Node *call, Type *s, Operand *args, int nargs)
{
    for (int i = 0; i < nargs; i++)
        if (args[i].mode == M_INVALID)
            return;
    Type *elem = type_underlying(s)->elem;
    Type *params[2] = { s, type_slice(c->arena, elem) };
    if (call->flags & NF_DOTS) {
        if (call->list.n == 1 && nargs > 1) {
            check_error(c, ast_start(call), "cannot use ... with %d-valued %s", nargs,
                        expr_str(c, call->list.v[0]));
            return;
        }
        if (nargs != 2) {
            append_count_error(c, call, args, nargs, params);
            return;
        }
    }
    const char *context = "argument to append";
    for (int i = 0; i < nargs; i++)
        assignment(c, &args[i], i == 0 ? s : (call->flags & NF_DOTS) ? params[1] : elem, context);
}

static int builtin_append(Checker *c, Operand *x, Node *call, Operand *args, int nargs)
{
    Type *s = x->type;
    if (type_underlying(s)->kind != TY_SLICE) {
        /* no "invalid argument: " prefix: it would repeat "argument" */
        if (is_nil(x))
            check_error(c, ast_start(x->expr), "first argument to append must be a slice; have untyped nil");
        else
            check_error(c, ast_start(x->expr), "first argument to append must be a slice; have %s",
                        operand_string(c, x));
        return 0;
    }
    /* append([]byte, string...) appends the string's bytes */
    if (nargs == 2 && (call->flags & NF_DOTS) &&
        type_assignable(s, type_slice(c->arena, universe_byte_type()))) {
        Operand *y = &args[1];
        if (y->mode == M_INVALID)
            return 0;
        if (type_is_string(y->type)) {
            if (type_is_untyped(y->type))
                convert_untyped(c, y, basic_types[TY_STRING]);
            x->mode = M_VALUE;
            x->type = s;
            return 1;
        }
    }
    append_arguments(c, call, s, args, nargs);
    x->mode = M_VALUE;      /* the result is known even if an argument was wrong */
    x->type = s;
    return 1;
}

/* len and cap. */

static int builtin_len_cap(Checker *c, Operand *x, Node *call, Builtin id)
{
    Type *u = type_underlying(x->type);
    if (u->kind == TY_POINTER && type_underlying(u->elem)->kind == TY_ARRAY)
        u = type_underlying(u->elem);
    Mode mode = M_INVALID;
    int64_t n = -1;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        if (id != BI_LEN)
            break;
        mode = M_VALUE;
        if (x->mode == M_CONST && x->val->kind == CV_STRING) {
            mode = M_CONST;
            n = (int64_t)x->val->slen;
        }
        break;
    case TY_ARRAY:
        if (u->len < 0)
            return 0;       /* not known: only after an error */
        /* constant unless evaluating the argument could have effects */
        mode = has_call_or_recv(call->list.v[0]) ? M_VALUE : M_CONST;
        n = u->len;
        break;
    case TY_SLICE: case TY_CHAN:
        mode = M_VALUE;
        break;
    case TY_MAP:
        if (id == BI_LEN)
            mode = M_VALUE;
        break;
    default:
        break;
    }
    if (mode == M_INVALID) {
        if (u->kind != TY_INVALID)
            check_error(c, ast_start(x->expr), "invalid argument: %s for %s", operand_string(c, x),
                        builtin_name(id));
        return 0;
    }
    if (mode == M_CONST) {
        set_const_int(c, x, basic_types[TY_INT], n);
        return 1;
    }
    x->mode = M_VALUE;
    x->type = basic_types[TY_INT];
    return 1;
}

/* close, delete, copy. */

static int builtin_close(Checker *c, Operand *x)
{
    Type *u = type_underlying(x->type);
    if (u->kind != TY_CHAN) {
        check_error(c, ast_start(x->expr), "invalid operation: cannot close non-channel %s",
                    operand_string(c, x));
        return 0;
    }
    if (u->dir == CHAN_RECV) {
        check_error(c, ast_start(x->expr), "invalid operation: cannot close receive-only channel %s",
                    operand_string(c, x));
        return 0;
    }
    x->mode = M_NOVALUE;
    x->type = no_value(c);
    return 1;
}

static int builtin_delete(Checker *c, Operand *x, Operand *key)
{
    Type *u = type_underlying(x->type);
    if (u->kind != TY_MAP) {
        check_error(c, ast_start(x->expr), "invalid argument: %s is not a map", operand_string(c, x));
        return 0;
    }
    if (key->mode == M_INVALID)
        return 0;
    assignment(c, key, u->key, "argument to delete");
    if (key->mode == M_INVALID)
        return 0;
    x->mode = M_NOVALUE;
    x->type = no_value(c);
    return 1;
}

static int builtin_copy(Checker *c, Operand *x, Operand *y)
{
    Type *dst = type_underlying(x->type);
    if (y->mode == M_INVALID)
        return 0;
    Type *src = type_underlying(y->type);
    if (type_is_string(src))
        src = type_slice(c->arena, universe_byte_type());  /* copy([]byte, string) */
    if (dst->kind != TY_SLICE || src->kind != TY_SLICE) {
        check_error(c, ast_start(x->expr), "invalid argument: copy expects slice arguments; found %s and %s",
                    operand_string(c, x), operand_string(c, y));
        return 0;
    }
    if (!types_identical(dst->elem, src->elem)) {
        check_error(c, ast_start(x->expr),
                    "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                    operand_string(c, x), operand_string(c, y), tstr(c, dst->elem), tstr(c, src->elem));
        return 0;
    }
    if (type_is_untyped(y->type))
        convert_untyped(c, y, basic_types[TY_STRING]);
    x->mode = M_VALUE;
    x->type = basic_types[TY_INT];
    return 1;
}

/* complex, real, imag. */

static Type *complex_of(Type *t)
{
    switch (type_underlying(t)->kind) {
    case TY_FLOAT32: return basic_types[TY_COMPLEX64];
    case TY_FLOAT64: return basic_types[TY_COMPLEX128];
    case TY_UNTYPED_FLOAT: return basic_types[TY_UNTYPED_COMPLEX];
    default: return NULL;
    }
}

static Type *float_of(Type *t)
{
    switch (type_underlying(t)->kind) {
    case TY_COMPLEX64: return basic_types[TY_FLOAT32];
    case TY_COMPLEX128: return basic_types[TY_FLOAT64];
    case TY_UNTYPED_COMPLEX: return basic_types[TY_UNTYPED_FLOAT];
    default: return NULL;
    }
}

/* Two untyped constants are taken as untyped floats where they can be. */
static void untyped_to_float(Operand *x)
{
    if (type_is_numeric(x->type) &&
        (x->val->kind != CV_COMPLEX || mpq_sgn(x->val->im) == 0))
        x->type = basic_types[TY_UNTYPED_FLOAT];
}

static int builtin_complex(Checker *c, Operand *x, Operand *y, Node *call)
{
    if (y->mode == M_INVALID)
        return 0;
    int ux = type_is_untyped(x->type), uy = type_is_untyped(y->type);
    if (ux && !uy) {
        convert_untyped(c, x, y->type);
    } else if (!ux && uy) {
        convert_untyped(c, y, x->type);
    } else if (ux && uy) {
        if (x->mode == M_CONST && y->mode == M_CONST) {
            untyped_to_float(x);
            untyped_to_float(y);
        } else {
            /* a non-constant untyped operand is an unresolved shift: make
               both float64, which reports the shift */
            convert_untyped(c, x, basic_types[TY_FLOAT64]);
            convert_untyped(c, y, basic_types[TY_FLOAT64]);
        }
    }
    if (x->mode == M_INVALID || y->mode == M_INVALID)
        return 0;
    if (!types_identical(x->type, y->type)) {
        check_error(c, ast_start(x->expr), "invalid operation: %s (mismatched types %s and %s)",
                    expr_str(c, call), tstr(c, x->type), tstr(c, y->type));
        return 0;
    }
    Type *res = complex_of(x->type);
    if (!res) {
        check_error(c, ast_start(x->expr), "invalid argument: arguments have type %s, expected floating-point",
                    tstr(c, x->type));
        return 0;
    }
    if (x->mode == M_CONST && y->mode == M_CONST)
        x->val = make_complex(c, x->val, y->val);
    else
        x->mode = M_VALUE;
    x->type = res;
    return 1;
}

static int builtin_real_imag(Checker *c, Operand *x, Builtin id)
{
    if (type_is_untyped(x->type)) {
        if (x->mode == M_CONST) {
            /* an untyped numeric constant is also a complex one */
            if (type_is_numeric(x->type))
                x->type = basic_types[TY_UNTYPED_COMPLEX];
        } else {
            /* an untyped shift: complex128 makes it report itself */
            convert_untyped(c, x, basic_types[TY_COMPLEX128]);
            if (x->mode == M_INVALID)
                return 0;
        }
    }
    Type *res = float_of(x->type);
    if (!res) {
        check_error(c, ast_start(x->expr), "invalid argument: argument has type %s, expected complex type",
                    tstr(c, x->type));
        return 0;
    }
    if (x->mode == M_CONST)
        x->val = complex_part(c, x->val, id == BI_IMAG);
    else
        x->mode = M_VALUE;
    x->type = res;
    return 1;
}

/* make and new: the first argument is a type. */

static int builtin_make(Checker *c, Operand *x, Node *call)
{
    Node *arg0 = call->list.v[0];
    int nargs = call->list.n;
    Type *t = check_type(c, arg0);
    if (t->kind == TY_INVALID)
        return 0;
    int min;
    switch (type_underlying(t)->kind) {
    case TY_SLICE:
        min = 2;
        break;
    case TY_MAP: case TY_CHAN:
        min = 1;
        break;
    default:
        check_error(c, ast_start(arg0), "invalid argument: cannot make %s; type must be slice, map, or channel",
                    expr_str(c, arg0));
        return 0;
    }
    if (nargs < min || nargs > min + 1) {
        check_error(c, ast_start(call), "invalid operation: %s expects %d or %d arguments; found %d",
                    expr_str(c, call), min, min + 1, nargs);
        return 0;
    }
    int64_t sizes[2];
    int nsizes = 0;
    for (int i = 1; i < nargs; i++) {
        int64_t n = size_arg(c, call->list.v[i]);
        if (n >= 0)
            sizes[nsizes++] = n;
    }
    if (nsizes == 2 && sizes[0] > sizes[1])
        check_error(c, ast_start(call->list.v[1]), "invalid argument: length and capacity swapped");
    x->mode = M_VALUE;
    x->type = t;
    return 1;
}

static int builtin_new(Checker *c, Operand *x, Node *call)
{
    Type *t = check_type(c, call->list.v[0]);
    if (t->kind == TY_INVALID)
        return 0;
    x->mode = M_VALUE;
    x->type = type_pointer(c->arena, t);
    return 1;
}

/* panic, print, println, recover. */

static int builtin_panic(Checker *c, Operand *x)
{
    assignment(c, x, empty_interface(c), "argument to panic");
    if (x->mode == M_INVALID)
        return 0;
    x->mode = M_NOVALUE;
    x->type = no_value(c);
    return 1;
}

static int builtin_print(Checker *c, Operand *x, Operand *args, int nargs, Builtin id)
{
    const char *context = id == BI_PRINT ? "argument to print" : "argument to println";
    for (int i = 0; i < nargs; i++) {
        /* untyped arguments take their default types; nil has none */
        assignment(c, &args[i], NULL, context);
        if (args[i].mode == M_INVALID)
            return 0;
    }
    x->mode = M_NOVALUE;
    x->type = no_value(c);
    return 1;
}

/* The unsafe functions. */

static int builtin_size_query(Checker *c, Operand *x, Builtin id)
{
    assignment(c, x, NULL, id == BI_SIZEOF ? "argument to unsafe.Sizeof" : "argument to unsafe.Alignof");
    if (x->mode == M_INVALID || !size_known(x->type, 0))
        return 0;
    int64_t v = id == BI_SIZEOF ? type_size(x->type) : type_align(x->type);
    set_const_int(c, x, basic_types[TY_UINTPTR], v);
    return 1;
}

/* The offset of the field reached by following path from struct type t. */
static int64_t field_offset(Type *t, int *path, int npath)
{
    int64_t off = 0;
    for (int i = 0; i < npath; i++) {
        Type *s = type_underlying(t);
        type_size(s);      /* lays the struct out, filling Field.offset */
        off += s->fields[path[i]].offset;
        t = s->fields[path[i]].type;
    }
    return off;
}

static int builtin_offsetof(Checker *c, Operand *x, Node *call)
{
    Node *arg0 = call->list.v[0], *selx = arg0;
    while (selx->kind == N_PAREN)
        selx = selx->x;
    if (selx->kind != N_SELECTOR) {
        check_error(c, ast_start(arg0), "invalid argument: %s is not a selector expression",
                    expr_str(c, arg0));
        Operand tmp;
        check_raw_expr(c, &tmp, arg0, NULL, 0);
        return 0;
    }
    check_expr(c, x, selx->x);
    if (x->mode == M_INVALID)
        return 0;
    /* a pointer to a struct is looked through, as by a selector */
    Type *base = x->type, *u = type_underlying(base);
    if (u->kind == TY_POINTER && type_underlying(u->elem)->kind == TY_STRUCT)
        base = u->elem;
    const char *name = selx->y->name;
    Selection sel;
    int k = lookup_field_or_method(base, 0, name, c->pkg, &sel);
    if (k == 2) {
        check_error(c, ast_start(arg0), "invalid argument: %s is a method value", expr_str(c, arg0));
        return 0;
    }
    if (k != 1) {
        check_error(c, ast_start(x->expr), "invalid argument: %s has no single field %s", tstr(c, base), name);
        return 0;
    }
    if (sel.indirect) {
        check_error(c, ast_start(x->expr), "invalid argument: field %s is embedded via a pointer in %s",
                    name, tstr(c, base));
        return 0;
    }
    Operand f = { .mode = x->mode == M_VAR ? M_VAR : M_VALUE, .expr = selx, .type = sel.field->type };
    record(c, &f);
    if (!size_known(base, 0))
        return 0;
    set_const_int(c, x, basic_types[TY_UINTPTR], field_offset(base, sel.path, sel.npath));
    return 1;
}

static int builtin_add(Checker *c, Operand *x, Operand *y)
{
    assignment(c, x, basic_types[TY_UNSAFEPTR], "argument to unsafe.Add");
    if (x->mode == M_INVALID)
        return 0;
    if (!valid_index(c, y, "length", 1))
        return 0;
    x->mode = M_VALUE;
    x->type = basic_types[TY_UNSAFEPTR];
    return 1;
}

static int builtin_slice(Checker *c, Operand *x, Operand *y)
{
    Type *u = type_underlying(x->type);
    if (u->kind != TY_POINTER) {
        check_error(c, ast_start(x->expr), "invalid argument: %s is not a pointer", operand_string(c, x));
        return 0;
    }
    if (!valid_index(c, y, "length", 0))
        return 0;
    x->mode = M_VALUE;
    x->type = type_slice(c->arena, u->elem);
    return 1;
}

/* Dispatch. */

/* Reports a wrong argument count; nargs counts spread values. */
static int count_ok(Checker *c, Node *call, Builtin id, int nargs)
{
    const char *msg = NULL;
    if (nargs < signatures[id].nargs)
        msg = "not enough";
    else if (!signatures[id].variadic && nargs > signatures[id].nargs)
        msg = "too many";
    if (!msg)
        return 1;
    check_error(c, ast_start(call), "invalid operation: %s arguments for %s (expected %d, found %d)",
                msg, expr_str(c, call), signatures[id].nargs, nargs);
    return 0;
}

static int builtin(Checker *c, Operand *x, Node *call, Builtin id)
{
    if ((call->flags & NF_DOTS) && id != BI_APPEND) {
        check_error(c, ast_start(call), "invalid operation: invalid use of ... with built-in %s",
                    builtin_name(id));
        use_exprs(c, &call->list);
        return 0;
    }
    Operand *args = NULL;
    int nargs = call->list.n;
    if (id != BI_MAKE && id != BI_NEW && id != BI_OFFSETOF) {
        check_exprs_list(c, &call->list, &args, &nargs, 0);
        if (nargs > 0) {
            *x = args[0];
            if (x->mode == M_INVALID)
                return 0;
        }
    }
    if (!count_ok(c, call, id, nargs))
        return 0;
    switch (id) {
    case BI_APPEND: return builtin_append(c, x, call, args, nargs);
    case BI_CAP: case BI_LEN: return builtin_len_cap(c, x, call, id);
    case BI_CLOSE: return builtin_close(c, x);
    case BI_COMPLEX: return builtin_complex(c, x, &args[1], call);
    case BI_COPY: return builtin_copy(c, x, &args[1]);
    case BI_DELETE: return builtin_delete(c, x, &args[1]);
    case BI_IMAG: case BI_REAL: return builtin_real_imag(c, x, id);
    case BI_MAKE: return builtin_make(c, x, call);
    case BI_NEW: return builtin_new(c, x, call);
    case BI_PANIC: return builtin_panic(c, x);
    case BI_PRINT: case BI_PRINTLN: return builtin_print(c, x, args, nargs, id);
    case BI_RECOVER:
        x->mode = M_VALUE;
        x->type = empty_interface(c);
        return 1;
    case BI_ALIGNOF: case BI_SIZEOF: return builtin_size_query(c, x, id);
    case BI_OFFSETOF: return builtin_offsetof(c, x, call);
    case BI_ADD: return builtin_add(c, x, &args[1]);
    case BI_SLICE: return builtin_slice(c, x, &args[1]);
    default: return 0;
    }
}

/* On entry x is the builtin's name (M_BUILTIN); on return, the call's
 * result, M_INVALID after an error. */
void check_builtin(Checker *c, Operand *x, Node *call, Builtin id)
{
    if (!builtin(c, x, call, id)) {
        x->mode = M_INVALID;
        x->type = basic_types[TY_INVALID];
    }
    x->expr = call;
    record(c, x);
}
