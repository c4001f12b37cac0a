/*
 * universe.c — the universe scope: predeclared types, constants, nil and
 * builtin functions, and the unsafe package.
 *
 * Basic types are immutable static data shared by every checker (their
 * sizes are fixed by types_init before any checker runs); everything else
 * the universe holds is made per checker in its arena, so two compilations
 * never share mutable state.
 */
#include "compiler/check.h"

#include <string.h>

static Type byte_type = { .kind = TY_UINT8, .basic_name = "byte", .size = 1, .align = 1, .len = -1 };
static Type rune_type = { .kind = TY_INT32, .basic_name = "rune", .size = 4, .align = 4, .len = -1 };

Type *universe_rune_type(void)
{
    return &rune_type;
}

Type *universe_byte_type(void)
{
    return &byte_type;
}

void types_init(void)
{
    for (int k = TY_INVALID; k <= TY_UNTYPED_NIL; k++) {
        type_size(basic_types[k]);
        type_align(basic_types[k]);
    }
}

static const char *const builtin_names[BI__COUNT] = {
    [BI_APPEND] = "append", [BI_CAP] = "cap", [BI_CLOSE] = "close", [BI_COMPLEX] = "complex",
    [BI_COPY] = "copy", [BI_DELETE] = "delete", [BI_IMAG] = "imag", [BI_LEN] = "len",
    [BI_MAKE] = "make", [BI_NEW] = "new", [BI_PANIC] = "panic", [BI_PRINT] = "print",
    [BI_PRINTLN] = "println", [BI_REAL] = "real", [BI_RECOVER] = "recover",
    [BI_ALIGNOF] = "Alignof", [BI_OFFSETOF] = "Offsetof", [BI_SIZEOF] = "Sizeof",
    [BI_ADD] = "Add", [BI_SLICE] = "Slice",
};

const char *builtin_name(Builtin id)
{
    return builtin_names[id];
}

static Object *def(Checker *c, Scope *s, ObjKind kind, const char *name, Type *t)
{
    Object *o = object_new(c->arena, kind, intern_cstr(c->in, name), (Pos){0, 0}, t);
    o->state = OS_RESOLVED;
    o->used = 1;
    scope_insert(c->arena, s, o);
    return o;
}

static Type *make_error_type(Checker *c)
{
    Object *obj = object_new(c->arena, OBJ_TYPE, intern_cstr(c->in, "error"), (Pos){0, 0}, NULL);
    Type *named = type_new(c->arena, TY_NAMED);
    named->obj = obj;
    obj->type = named;
    Type *iface = type_new(c->arena, TY_INTERFACE);
    Type *sig = type_new(c->arena, TY_FUNC);
    sig->params = type_tuple(c->arena, 0);
    sig->results = type_tuple(c->arena, 1);
    sig->results->fields[0].type = basic_types[TY_STRING];
    sig->results->fields[0].name = "";
    Method *m = type_add_method(c->arena, iface, intern_cstr(c->in, "Error"));
    m->sig = sig;
    iface->complete = 1;
    named->underlying = iface;
    return named;
}

Scope *universe_new(Checker *c)
{
    Scope *s = scope_new(c->arena, NULL);
    static const struct { const char *name; TypeKind kind; } basics[] = {
        { "bool", TY_BOOL }, { "int", TY_INT }, { "int8", TY_INT8 }, { "int16", TY_INT16 },
        { "int32", TY_INT32 }, { "int64", TY_INT64 }, { "uint", TY_UINT }, { "uint8", TY_UINT8 },
        { "uint16", TY_UINT16 }, { "uint32", TY_UINT32 }, { "uint64", TY_UINT64 },
        { "uintptr", TY_UINTPTR }, { "float32", TY_FLOAT32 }, { "float64", TY_FLOAT64 },
        { "complex64", TY_COMPLEX64 }, { "complex128", TY_COMPLEX128 }, { "string", TY_STRING },
    };
    for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++)
        def(c, s, OBJ_TYPE, basics[i].name, basic_types[basics[i].kind]);
    def(c, s, OBJ_TYPE, "byte", &byte_type);
    def(c, s, OBJ_TYPE, "rune", &rune_type);

    Type *any = type_new(c->arena, TY_INTERFACE);
    any->complete = 1;
    any->obj = def(c, s, OBJ_TYPE, "any", any);

    Type *err = make_error_type(c);
    scope_insert(c->arena, s, err->obj);
    err->obj->state = OS_RESOLVED;

    Object *t = def(c, s, OBJ_CONST, "true", basic_types[TY_UNTYPED_BOOL]);
    t->val = const_bool(c->ca, 1);
    Object *f = def(c, s, OBJ_CONST, "false", basic_types[TY_UNTYPED_BOOL]);
    f->val = const_bool(c->ca, 0);
    Object *iota = def(c, s, OBJ_CONST, "iota", basic_types[TY_UNTYPED_INT]);
    iota->val = const_make_int64(c->ca, 0);
    def(c, s, OBJ_NIL, "nil", basic_types[TY_UNTYPED_NIL]);

    for (int id = BI_APPEND; id <= BI_RECOVER; id++) {
        Object *b = def(c, s, OBJ_BUILTIN, builtin_names[id], basic_types[TY_INVALID]);
        b->builtin = (Builtin)id;
    }
    return s;
}

/* The unsafe package: Pointer and the builtins Sizeof, Alignof, Offsetof,
 * Add and Slice. */
Package *universe_unsafe(Checker *c)
{
    Package *p = arena_alloc(c->arena, sizeof *p);
    p->path = "unsafe";
    p->name = "unsafe";
    p->is_std = 1;
    p->checked = 1;
    p->scope = scope_new(c->arena, NULL);
    Object *ptr = def(c, p->scope, OBJ_TYPE, "Pointer", basic_types[TY_UNSAFEPTR]);
    ptr->pkg = p;
    for (int id = BI_ALIGNOF; id <= BI_SLICE; id++) {
        Object *b = def(c, p->scope, OBJ_BUILTIN, builtin_names[id], basic_types[TY_INVALID]);
        b->builtin = (Builtin)id;
        b->pkg = p;
    }
    return p;
}
