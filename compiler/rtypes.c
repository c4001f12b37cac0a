/*
 * rtypes.c — run-time type descriptors (runtime/rtype.h) for checker types.
 *
 * cg_rtype returns one RType per set of identical types, so the runtime
 * compares types by pointer (type switches, assertions, itab lookup, method
 * signatures). Descriptors are made on first use: a shell is registered
 * before its element and field types are built, which ends the recursion of
 * self-referential types (type T struct{ next *T }). Method tables list the
 * method set in name order, each with the wrapper the runtime calls with the
 * receiver as one word (codegen.c, cg_method_ifn).
 */
#include <stdlib.h>
#include <string.h>

#include "compiler/codegen_priv.h"
#include "util/mem.h"

typedef struct RTypeEntry {
    Type *type;
    RType *rt;
    const char *str;
} RTypeEntry;

static void rtuple(Buf *b, Type *tup, int variadic, Package *local)
{
    for (int i = 0; tup && i < tup->nfields; i++) {
        if (i)
            buf_puts(b, ", ");
        if (variadic && i == tup->nfields - 1) {
            buf_puts(b, "...");
            type_go_string(b, tup->fields[i].type->elem, local);
        } else {
            type_go_string(b, tup->fields[i].type, local);
        }
    }
}

static void rsig(Buf *b, Type *t, Package *local)
{
    buf_putc(b, '(');
    rtuple(b, t->params, t->variadic, local);
    buf_putc(b, ')');
    int n = t->results ? t->results->nfields : 0;
    if (n == 1) {
        buf_putc(b, ' ');
        type_go_string(b, t->results->fields[0].type, local);
    } else if (n > 1) {
        buf_puts(b, " (");
        rtuple(b, t->results, 0, local);
        buf_putc(b, ')');
    }
}

/* reflect's Type.String(); with local set, cmd/compile's form of a type
 * in its -m messages instead: local's types unqualified, byte and rune by
 * those names. */
void type_go_string(Buf *b, Type *t, Package *local)
{
    switch (t->kind) {
    case TY_NAMED: {
        Object *o = t->obj;
        if (o->pkg && o->pkg->name && o->pkg != local)
            buf_printf(b, "%s.%s", o->pkg->name, o->name);
        else
            buf_puts(b, o->name);
        return;
    }
    case TY_POINTER: buf_putc(b, '*'); type_go_string(b, t->elem, local); return;
    case TY_SLICE: buf_puts(b, "[]"); type_go_string(b, t->elem, local); return;
    case TY_ARRAY: buf_printf(b, "[%lld]", (long long)t->len); type_go_string(b, t->elem, local); return;
    case TY_MAP: buf_puts(b, "map["); type_go_string(b, t->key, local); buf_putc(b, ']'); type_go_string(b, t->elem, local); return;
    case TY_CHAN:
        buf_puts(b, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
        if (t->dir == CHAN_BOTH && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV) {
            buf_putc(b, '(');
            type_go_string(b, t->elem, local);
            buf_putc(b, ')');
        } else {
            type_go_string(b, t->elem, local);
        }
        return;
    case TY_FUNC: buf_puts(b, "func"); rsig(b, t, local); return;
    case TY_STRUCT:
        if (!t->nfields) {
            buf_puts(b, "struct {}");
            return;
        }
        buf_puts(b, "struct { ");
        for (int i = 0; i < t->nfields; i++) {
            Field *f = &t->fields[i];
            if (i)
                buf_puts(b, "; ");
            if (!f->embedded)
                buf_printf(b, "%s ", f->name);
            type_go_string(b, f->type, local);
            if (f->tag) {
                buf_puts(b, " \"");
                for (const char *p = f->tag; *p; p++) {
                    if (*p == '"' || *p == '\\')
                        buf_putc(b, '\\');
                    buf_putc(b, *p);
                }
                buf_putc(b, '"');
            }
        }
        buf_puts(b, " }");
        return;
    case TY_INTERFACE:
        if (!t->nmethods) {
            buf_puts(b, "interface {}");
            return;
        }
        buf_puts(b, "interface { ");
        for (int i = 0; i < t->nmethods; i++) {
            if (i)
                buf_puts(b, "; ");
            buf_puts(b, t->methods[i].name);
            rsig(b, t->methods[i].sig, local);
        }
        buf_puts(b, " }");
        return;
    case TY_UNSAFEPTR: buf_puts(b, "unsafe.Pointer"); return;
    default:
        if (local && (t == universe_byte_type() || t == universe_rune_type()))
            buf_puts(b, t == universe_byte_type() ? "byte" : "rune");
        else if (t == universe_byte_type())
            buf_puts(b, "uint8");
        else if (t == universe_rune_type())
            buf_puts(b, "int32");
        else
            buf_puts(b, t->basic_name);
    }
}

static const uint8_t kind_of[TY__COUNT] = {
    [TY_BOOL] = RK_BOOL, [TY_INT] = RK_INT, [TY_INT8] = RK_INT8, [TY_INT16] = RK_INT16,
    [TY_INT32] = RK_INT32, [TY_INT64] = RK_INT64, [TY_UINT] = RK_UINT, [TY_UINT8] = RK_UINT8,
    [TY_UINT16] = RK_UINT16, [TY_UINT32] = RK_UINT32, [TY_UINT64] = RK_UINT64,
    [TY_UINTPTR] = RK_UINTPTR, [TY_FLOAT32] = RK_FLOAT32, [TY_FLOAT64] = RK_FLOAT64,
    [TY_COMPLEX64] = RK_COMPLEX64, [TY_COMPLEX128] = RK_COMPLEX128, [TY_STRING] = RK_STRING,
    [TY_UNSAFEPTR] = RK_UNSAFEPTR, [TY_ARRAY] = RK_ARRAY, [TY_SLICE] = RK_SLICE,
    [TY_STRUCT] = RK_STRUCT, [TY_POINTER] = RK_POINTER, [TY_FUNC] = RK_FUNC,
    [TY_INTERFACE] = RK_INTERFACE, [TY_MAP] = RK_MAP, [TY_CHAN] = RK_CHAN,
};

int cg_is_direct(Type *t)
{
    switch (type_underlying(t)->kind) {
    case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
        return 1;
    default:
        return 0;
    }
}

void cg_mark_pointers(uint8_t *mask, Type *t, int64_t off)
{
    Type *u = type_underlying(t);
#define SET(w) (mask[(w) / 8] |= (uint8_t)(1u << ((w) % 8)))
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR: case TY_STRING:
    case TY_SLICE:
        SET(off / 8);
        break;
    case TY_INTERFACE:
        SET(off / 8);
        SET(off / 8 + 1);
        break;
    case TY_ARRAY:
        if (!type_has_pointers(u->elem))
            break;      /* [256 << 20]byte: nothing to visit */
        for (int64_t i = 0; i < u->len && type_size(u->elem) > 0; i++)
            cg_mark_pointers(mask, u->elem, off + i * type_size(u->elem));
        break;
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            cg_mark_pointers(mask, u->fields[i].type, off + u->fields[i].offset);
        break;
    default:
        break;
    }
#undef SET
}

static int cmp_sel(const void *a, const void *b)
{
    return strcmp(((const Selection *)a)->method->name, ((const Selection *)b)->method->name);
}

/* Names of methods reachable from t through embedding. */
static void collect_names(Type *t, PtrVec *names, int depth)
{
    if (depth > 8)
        return;
    if (t->kind == TY_POINTER)
        t = t->elem;
    if (t->kind == TY_NAMED)
        for (int i = 0; i < t->nmethods; i++)
            vec_push(names, (void *)t->methods[i].name);
    Type *u = type_underlying(t);
    if (u->kind == TY_INTERFACE && depth > 0)
        for (int i = 0; i < u->nmethods; i++)
            vec_push(names, (void *)u->methods[i].name);
    if (u->kind == TY_STRUCT)
        for (int i = 0; i < u->nfields; i++)
            if (u->fields[i].embedded)
                collect_names(u->fields[i].type, names, depth + 1);
}

int cg_method_set(CG *cg, Type *t, Selection **out)
{
    (void)cg;
    *out = NULL;
    if (type_underlying(t)->kind == TY_INTERFACE)
        return 0;
    PtrVec names = {0};
    collect_names(t, &names, 0);
    Selection *sels = xcalloc((size_t)names.n + 1, sizeof *sels);
    int n = 0;
    for (int i = 0; i < names.n; i++) {
        const char *name = names.v[i];
        int dup = 0;
        for (int k = 0; k < n; k++)
            if (sels[k].method->name == name)
                dup = 1;
        if (dup)
            continue;
        Selection s;
        if (lookup_field_or_method(t, 0, name, NULL, &s) != 2)
            continue;
        if (s.method->func && s.method->ptr_recv && !s.indirect && t->kind != TY_POINTER)
            continue;
        sels[n++] = s;
    }
    free(names.v);
    qsort(sels, (size_t)n, sizeof *sels, cmp_sel);
    *out = sels;
    return n;
}

static void fill(CG *cg, RType *r, Type *t)
{
    Type *u = type_underlying(t);
    r->kind = kind_of[u->kind];
    r->size = type_size(t);
    r->align = (uint8_t)type_align(t);
    if (cg_is_direct(t))
        r->flags |= RT_DIRECT;
    if (t->kind == TY_NAMED) {
        r->flags |= RT_NAMED;
        r->name = t->obj->name;
        r->pkgpath = t->obj->pkg ? t->obj->pkg->path : NULL;
    }
    if (type_comparable(t))
        r->flags |= RT_COMPARABLE;
    int64_t words = (r->size + 7) / 8;
    uint8_t *mask = arena_alloc(cg->arena, (size_t)(words / 8 + 1));
    cg_mark_pointers(mask, t, 0);
    for (int64_t i = 0; i <= words / 8; i++)
        if (mask[i])
            r->flags |= RT_HASPTR;
    r->ptrmask = mask;
    switch (u->kind) {
    case TY_POINTER: case TY_SLICE: case TY_ARRAY: case TY_CHAN:
        r->elem = cg_rtype(cg, u->elem);
        r->len = u->kind == TY_ARRAY ? u->len : u->kind == TY_CHAN ? u->dir : 0;
        break;
    case TY_MAP:
        r->key = cg_rtype(cg, u->key);
        r->elem = cg_rtype(cg, u->elem);
        break;
    case TY_STRUCT: {
        RField *fs = arena_alloc(cg->arena, sizeof(RField) * (size_t)(u->nfields + 1));
        type_size(u);
        for (int i = 0; i < u->nfields; i++) {
            Field *f = &u->fields[i];
            fs[i].name = f->name;
            fs[i].type = cg_rtype(cg, f->type);
            fs[i].offset = f->offset;
            fs[i].embedded = (uint8_t)f->embedded;
            unsigned char c0 = (unsigned char)f->name[0];
            fs[i].exported = (uint8_t)((c0 >= 'A' && c0 <= 'Z') || c0 >= 0x80);
        }
        r->fields = fs;
        r->nfields = u->nfields;
        break;
    }
    case TY_FUNC: {
        int nin = u->params ? u->params->nfields : 0, nout = u->results ? u->results->nfields : 0;
        const RType **in = arena_alloc(cg->arena, sizeof(RType *) * (size_t)(nin + nout + 1));
        for (int i = 0; i < nin; i++)
            in[i] = cg_rtype(cg, u->params->fields[i].type);
        for (int i = 0; i < nout; i++)
            in[nin + i] = cg_rtype(cg, u->results->fields[i].type);
        r->in = in;
        r->out = in + nin;
        r->nin = nin;
        r->nout = nout;
        if (u->variadic)
            r->flags |= RT_VARIADIC;
        break;
    }
    case TY_INTERFACE: {
        iface_complete(cg->arena, u);
        RMethod *ms = arena_alloc(cg->arena, sizeof(RMethod) * (size_t)(u->nmethods + 1));
        for (int i = 0; i < u->nmethods; i++) {
            ms[i].name = u->methods[i].name;
            ms[i].type = cg_rtype(cg, u->methods[i].sig);
        }
        r->methods = ms;
        r->nmethods = u->nmethods;
        break;
    }
    default:
        break;
    }
    if (u->kind != TY_INTERFACE) {
        Selection *sels;
        int n = cg_method_set(cg, t, &sels);
        if (n) {
            RMethod *ms = arena_alloc(cg->arena, sizeof(RMethod) * (size_t)n);
            for (int i = 0; i < n; i++) {
                ms[i].name = sels[i].method->name;
                ms[i].type = cg_rtype(cg, sels[i].method->sig);
            }
            r->methods = ms;
            r->nmethods = n;
            cg->table_entry++;     /* the bodies may wait until their names are called */
            for (int i = 0; i < n; i++)
                ms[i].ifn = cg_method_ifn(cg, t, &sels[i]);
            cg->table_entry--;
        }
        free(sels);
    }
}

const RType *cg_rtype(CG *cg, Type *t)
{
    if (type_is_untyped(t))
        t = type_default(t);
    Buf b = {0};
    type_go_string(&b, t, NULL);
    char *str = b.s ? b.s : xstrndup("", 0);
    for (int i = 0; i < cg->rtypes.n; i++) {
        RTypeEntry *e = cg->rtypes.v[i];
        if (e->type == t || (!strcmp(e->str, str) && types_identical(e->type, t))) {
            free(str);
            return e->rt;
        }
    }
    RTypeEntry *e = arena_alloc(cg->arena, sizeof *e);
    e->type = t;
    e->str = arena_strndup(cg->arena, str, strlen(str));
    free(str);
    e->rt = arena_alloc(cg->arena, sizeof(RType));
    e->rt->str = e->str;
    uint32_t h = 2166136261u;
    for (const char *p = e->str; *p; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    e->rt->hash = h;
    vec_push(&cg->rtypes, e);
    fill(cg, e->rt, t);
    e->rt->hashfn = rtype_hashfn(e->rt);
    e->rt->equalfn = rtype_equalfn(e->rt);
    return e->rt;
}

void cg_refresh_methods(CG *cg)
{
    for (int i = 0; i < cg->rtypes.n; i++) {
        RTypeEntry *e = cg->rtypes.v[i];
        Type *t = e->type;
        if (type_underlying(t)->kind == TY_INTERFACE ||
            (t->kind != TY_NAMED && !(t->kind == TY_POINTER && t->elem->kind == TY_NAMED)))
            continue;
        Selection *sels;
        int n = cg_method_set(cg, t, &sels);
        if (n > e->rt->nmethods) {
            RMethod *ms = arena_alloc(cg->arena, sizeof(RMethod) * (size_t)n);
            for (int k = 0; k < n; k++) {
                ms[k].name = sels[k].method->name;
                ms[k].type = cg_rtype(cg, sels[k].method->sig);
            }
            cg->table_entry++;
            for (int k = 0; k < n; k++)
                ms[k].ifn = cg_method_ifn(cg, t, &sels[k]);
            cg->table_entry--;
            /* methods are only added: a reader that sees the new table
             * with the old count sees a sorted prefix's worth of it */
            __atomic_store_n(&e->rt->methods, ms, __ATOMIC_RELEASE);
            __atomic_store_n(&e->rt->nmethods, n, __ATOMIC_RELEASE);
        }
        free(sels);
    }
}

const Itab *cg_itab(CG *cg, Type *iface, Type *concrete)
{
    const RType *it = cg_rtype(cg, iface), *ct = cg_rtype(cg, concrete);
    Itab *m = arena_alloc(cg->arena, sizeof(Itab) + sizeof(Closure *) * (size_t)(it->nmethods + 1));
    m->inter = it;
    m->type = ct;
    m->hash = ct->hash;
    for (int i = 0; i < it->nmethods; i++) {
        const RMethod *have = rtype_method(ct, it->methods[i].name);
        m->fun[i] = have ? have->ifn : NULL;
    }
    return m;
}
