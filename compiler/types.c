/*
 * types.c — Go types: construction, identity, predicates, amd64 layout,
 * method sets and selector lookup, type strings in types2's words.
 *
 * Invariants: basic types exist once per name (byte and rune are their own
 * instances with the kind of uint8 and int32, so messages can say "byte");
 * identity of basic types is by kind. A Named type's underlying type is never
 * another Named type once resolved. Interface method sets are sorted by name
 * after iface_complete, which lookup and implements rely on.
 */
#include "compiler/types.h"

#include <stdlib.h>
#include <string.h>

#define B(k, n) { .kind = k, .basic_name = n, .size = -1, .align = -1, .len = -1 }
static Type basic_storage[] = {
    B(TY_INVALID, "invalid type"),
    B(TY_BOOL, "bool"), B(TY_INT, "int"), B(TY_INT8, "int8"), B(TY_INT16, "int16"),
    B(TY_INT32, "int32"), B(TY_INT64, "int64"), B(TY_UINT, "uint"), B(TY_UINT8, "uint8"),
    B(TY_UINT16, "uint16"), B(TY_UINT32, "uint32"), B(TY_UINT64, "uint64"),
    B(TY_UINTPTR, "uintptr"), B(TY_FLOAT32, "float32"), B(TY_FLOAT64, "float64"),
    B(TY_COMPLEX64, "complex64"), B(TY_COMPLEX128, "complex128"), B(TY_STRING, "string"),
    B(TY_UNSAFEPTR, "unsafe.Pointer"),
    B(TY_UNTYPED_BOOL, "untyped bool"), B(TY_UNTYPED_INT, "untyped int"),
    B(TY_UNTYPED_RUNE, "untyped rune"), B(TY_UNTYPED_FLOAT, "untyped float"),
    B(TY_UNTYPED_COMPLEX, "untyped complex"), B(TY_UNTYPED_STRING, "untyped string"),
    B(TY_UNTYPED_NIL, "untyped nil"),
};
#undef B

Type *const basic_types[] = {
    &basic_storage[0], &basic_storage[1], &basic_storage[2], &basic_storage[3],
    &basic_storage[4], &basic_storage[5], &basic_storage[6], &basic_storage[7],
    &basic_storage[8], &basic_storage[9], &basic_storage[10], &basic_storage[11],
    &basic_storage[12], &basic_storage[13], &basic_storage[14], &basic_storage[15],
    &basic_storage[16], &basic_storage[17], &basic_storage[18], &basic_storage[19],
    &basic_storage[20], &basic_storage[21], &basic_storage[22], &basic_storage[23],
    &basic_storage[24], &basic_storage[25], &basic_storage[26],
};

Type *type_basic(TypeKind k)
{
    return basic_types[k];
}

static int is_basic_kind(TypeKind k)
{
    return k <= TY_UNTYPED_NIL;
}

Type *type_new(Arena *a, TypeKind kind)
{
    Type *t = arena_alloc(a, sizeof *t);
    t->kind = kind;
    t->size = -1;
    t->align = -1;
    t->len = -1;
    return t;
}

Type *type_slice(Arena *a, Type *elem)
{
    Type *t = type_new(a, TY_SLICE);
    t->elem = elem;
    return t;
}

Type *type_pointer(Arena *a, Type *elem)
{
    Type *t = type_new(a, TY_POINTER);
    t->elem = elem;
    return t;
}

Type *type_array(Arena *a, Type *elem, int64_t len)
{
    Type *t = type_new(a, TY_ARRAY);
    t->elem = elem;
    t->len = len;
    return t;
}

Type *type_map(Arena *a, Type *key, Type *elem)
{
    Type *t = type_new(a, TY_MAP);
    t->key = key;
    t->elem = elem;
    return t;
}

Type *type_chan(Arena *a, Type *elem, int dir)
{
    Type *t = type_new(a, TY_CHAN);
    t->elem = elem;
    t->dir = dir;
    return t;
}

Type *type_tuple(Arena *a, int n)
{
    Type *t = type_new(a, TY_TUPLE);
    t->nfields = n;
    t->fields = n ? arena_alloc(a, (size_t)n * sizeof *t->fields) : NULL;
    return t;
}

Method *type_add_method(Arena *a, Type *t, const char *name)
{
    if (t->nmethods == t->capmethods) {
        int cap = t->capmethods ? 2 * t->capmethods : 4;
        Method *m = arena_alloc(a, (size_t)cap * sizeof *m);
        if (t->nmethods)
            memcpy(m, t->methods, (size_t)t->nmethods * sizeof *m);
        t->methods = m;
        t->capmethods = cap;
    }
    Method *m = &t->methods[t->nmethods++];
    memset(m, 0, sizeof *m);
    m->name = name;
    return m;
}

int type_underlying_pending(Type *t)
{
    while (t && t->kind == TY_NAMED) {
        if (!t->underlying)
            return 1;
        t = t->underlying;
    }
    return 0;
}

Type *type_underlying(Type *t)
{
    while (t && t->kind == TY_NAMED)
        t = t->underlying;
    return t ? t : basic_types[TY_INVALID];
}

int type_has_pointers(Type *t)
{
    if (!t)
        return 0;
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR: case TY_STRING:
    case TY_SLICE: case TY_INTERFACE: case TY_UNTYPED_STRING: case TY_UNTYPED_NIL:
        return 1;
    case TY_ARRAY:
        return u->len > 0 && type_has_pointers(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (type_has_pointers(u->fields[i].type))
                return 1;
        return 0;
    default:
        return 0;
    }
}

/* Identity. Named types are identical only to themselves. */

static int tuples_identical(Type *x, Type *y)
{
    if (x->nfields != y->nfields)
        return 0;
    for (int i = 0; i < x->nfields; i++)
        if (!types_identical(x->fields[i].type, y->fields[i].type))
            return 0;
    return 1;
}

static int ifaces_identical(Type *x, Type *y)
{
    if (x->nmethods != y->nmethods)
        return 0;
    for (int i = 0; i < x->nmethods; i++)
        if (x->methods[i].name != y->methods[i].name ||
            !types_identical(x->methods[i].sig, y->methods[i].sig))
            return 0;
    return 1;
}

int types_identical(Type *x, Type *y)
{
    if (x == y)
        return 1;
    if (!x || !y)
        return 0;
    if (is_basic_kind(x->kind) && is_basic_kind(y->kind))
        return x->kind == y->kind;
    if (x->kind != y->kind || x->kind == TY_NAMED)
        return 0;
    switch (x->kind) {
    case TY_ARRAY:
        return x->len == y->len && types_identical(x->elem, y->elem);
    case TY_SLICE: case TY_POINTER:
        return types_identical(x->elem, y->elem);
    case TY_MAP:
        return types_identical(x->key, y->key) && types_identical(x->elem, y->elem);
    case TY_CHAN:
        return x->dir == y->dir && types_identical(x->elem, y->elem);
    case TY_STRUCT:
        if (x->nfields != y->nfields)
            return 0;
        for (int i = 0; i < x->nfields; i++) {
            Field *a = &x->fields[i], *b = &y->fields[i];
            if (a->name != b->name || a->embedded != b->embedded ||
                !types_identical(a->type, b->type))
                return 0;
            if ((a->tag == NULL) != (b->tag == NULL) || (a->tag && strcmp(a->tag, b->tag)))
                return 0;
        }
        return 1;
    case TY_FUNC:
        return x->variadic == y->variadic && tuples_identical(x->params, y->params) &&
               tuples_identical(x->results, y->results);
    case TY_TUPLE:
        return tuples_identical(x, y);
    case TY_INTERFACE:
        return ifaces_identical(x, y);
    default:
        return 0;
    }
}

/* Predicates on the underlying type. */

int type_is_untyped(Type *t)
{
    return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

int type_is_integer(Type *t)
{
    TypeKind k = type_underlying(t)->kind;
    return (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}

int type_is_unsigned(Type *t)
{
    TypeKind k = type_underlying(t)->kind;
    return k >= TY_UINT && k <= TY_UINTPTR;
}

int type_is_float(Type *t)
{
    TypeKind k = type_underlying(t)->kind;
    return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}

int type_is_complex(Type *t)
{
    TypeKind k = type_underlying(t)->kind;
    return k == TY_COMPLEX64 || k == TY_COMPLEX128 || k == TY_UNTYPED_COMPLEX;
}

int type_is_numeric(Type *t)
{
    return type_is_integer(t) || type_is_float(t) || type_is_complex(t);
}

int type_is_string(Type *t)
{
    TypeKind k = type_underlying(t)->kind;
    return k == TY_STRING || k == TY_UNTYPED_STRING;
}

int type_is_boolean(Type *t)
{
    TypeKind k = type_underlying(t)->kind;
    return k == TY_BOOL || k == TY_UNTYPED_BOOL;
}

int type_is_interface(Type *t)
{
    return type_underlying(t)->kind == TY_INTERFACE;
}

int type_is_named(Type *t)
{
    return t->kind == TY_NAMED || (is_basic_kind(t->kind) && !type_is_untyped(t));
}

int type_comparable(Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TY_SLICE: case TY_MAP: case TY_FUNC:
        return 0;
    case TY_ARRAY:
        return type_comparable(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!type_comparable(u->fields[i].type))
                return 0;
        return 1;
    case TY_INVALID:
        return 1;
    default:
        return 1;
    }
}

int type_has_nil(Type *t)
{
    switch (type_underlying(t)->kind) {
    case TY_POINTER: case TY_FUNC: case TY_SLICE: case TY_MAP: case TY_CHAN:
    case TY_INTERFACE: case TY_UNSAFEPTR: case TY_UNTYPED_NIL:
        return 1;
    default:
        return 0;
    }
}

Type *type_default(Type *t)
{
    switch (t->kind) {
    case TY_UNTYPED_BOOL:    return basic_types[TY_BOOL];
    case TY_UNTYPED_INT:     return basic_types[TY_INT];
    case TY_UNTYPED_RUNE:    return universe_rune_type();
    case TY_UNTYPED_FLOAT:   return basic_types[TY_FLOAT64];
    case TY_UNTYPED_COMPLEX: return basic_types[TY_COMPLEX128];
    case TY_UNTYPED_STRING:  return basic_types[TY_STRING];
    default:                 return t;
    }
}

/* Layout: Go's amd64 sizes and alignments (cmd/compile/internal/types/size.go). */

static void layout_struct(Type *t)
{
    int64_t off = 0, align = 1;
    for (int i = 0; i < t->nfields; i++) {
        Field *f = &t->fields[i];
        int64_t a = type_align(f->type), s = type_size(f->type);
        off = (off + a - 1) / a * a;
        f->offset = off;
        off += s;
        if (a > align)
            align = a;
    }
    /* a final zero-size field gets a byte so &last does not point past the object */
    if (t->nfields > 0 && type_size(t->fields[t->nfields - 1].type) == 0 && off > 0)
        off++;
    t->size = (off + align - 1) / align * align;
    t->align = align;
}

static void layout(Type *t)
{
    Type *u = type_underlying(t);
    int64_t size = 8, align = 8;
    switch (u->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8: size = align = 1; break;
    case TY_INT16: case TY_UINT16: size = align = 2; break;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32: size = align = 4; break;
    case TY_COMPLEX64: size = 8; align = 4; break;
    case TY_COMPLEX128: size = 16; break;
    case TY_STRING: case TY_INTERFACE: size = 16; break;
    case TY_SLICE: size = 24; break;
    case TY_ARRAY:
        size = u->len * type_size(u->elem);
        align = type_align(u->elem);
        break;
    case TY_STRUCT:
        if (u->size < 0)
            layout_struct(u);
        size = u->size;
        align = u->align;
        break;
    case TY_INVALID: size = align = 1; break;
    default: break;     /* int, uint, uintptr, float64, pointers, maps, chans, funcs */
    }
    t->size = size;
    t->align = align;
}

int64_t type_size(Type *t)
{
    if (t->size < 0)
        layout(t);
    return t->size;
}

int64_t type_align(Type *t)
{
    if (t->align < 0)
        layout(t);
    return t->align;
}

/* Type strings, as types2's TypeString with the checker's qualifier:
 * names from the package being checked are unqualified. */

static void tuple_string(Buf *b, Type *t, int variadic, Package *rel)
{
    buf_putc(b, '(');
    for (int i = 0; i < t->nfields; i++) {
        Field *f = &t->fields[i];
        if (i)
            buf_puts(b, ", ");
        if (f->name && f->name[0]) {
            buf_puts(b, f->name);
            buf_putc(b, ' ');
        }
        if (variadic && i == t->nfields - 1) {
            buf_puts(b, "...");
            type_string(b, f->type->elem, rel);
        } else {
            type_string(b, f->type, rel);
        }
    }
    buf_putc(b, ')');
}

static void signature_string(Buf *b, Type *t, Package *rel)
{
    tuple_string(b, t->params, t->variadic, rel);
    Type *r = t->results;
    if (!r || r->nfields == 0)
        return;
    buf_putc(b, ' ');
    if (r->nfields == 1 && !(r->fields[0].name && r->fields[0].name[0])) {
        type_string(b, r->fields[0].type, rel);
        return;
    }
    tuple_string(b, r, 0, rel);
}

static void quote_tag(Buf *b, const char *s)
{
    buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            buf_putc(b, '\\');
        buf_putc(b, *s);
    }
    buf_putc(b, '"');
}

void type_string(Buf *b, Type *t, Package *rel)
{
    if (!t) {
        buf_puts(b, "<nil>");
        return;
    }
    if (is_basic_kind(t->kind)) {
        buf_puts(b, t->basic_name);
        return;
    }
    switch (t->kind) {
    case TY_NAMED:
        if (t->obj->pkg && t->obj->pkg != rel && t->obj->pkg->name) {
            buf_puts(b, t->obj->pkg->name);
            buf_putc(b, '.');
        }
        buf_puts(b, t->obj->name);
        break;
    case TY_ARRAY:
        buf_printf(b, "[%lld]", (long long)t->len);
        type_string(b, t->elem, rel);
        break;
    case TY_SLICE:
        buf_puts(b, "[]");
        type_string(b, t->elem, rel);
        break;
    case TY_POINTER:
        buf_putc(b, '*');
        type_string(b, t->elem, rel);
        break;
    case TY_MAP:
        buf_puts(b, "map[");
        type_string(b, t->key, rel);
        buf_putc(b, ']');
        type_string(b, t->elem, rel);
        break;
    case TY_CHAN: {
        int paren = 0;
        if (t->dir == CHAN_RECV) {
            buf_puts(b, "<-chan ");
        } else {
            buf_puts(b, t->dir == CHAN_SEND ? "chan<- " : "chan ");
            paren = t->dir == CHAN_BOTH && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV;
        }
        if (paren)
            buf_putc(b, '(');
        type_string(b, t->elem, rel);
        if (paren)
            buf_putc(b, ')');
        break;
    }
    case TY_STRUCT:
        buf_puts(b, "struct{");
        for (int i = 0; i < t->nfields; i++) {
            Field *f = &t->fields[i];
            if (i)
                buf_puts(b, "; ");
            if (!f->embedded) {
                buf_puts(b, f->name);
                buf_putc(b, ' ');
            }
            type_string(b, f->type, rel);
            if (f->tag) {
                buf_putc(b, ' ');
                quote_tag(b, f->tag);
            }
        }
        buf_putc(b, '}');
        break;
    case TY_FUNC:
        buf_puts(b, "func");
        signature_string(b, t, rel);
        break;
    case TY_INTERFACE:
        if (t->obj) {       /* the universe's any */
            buf_puts(b, t->obj->name);
            break;
        }
        buf_puts(b, "interface{");
        for (int i = 0; i < t->nmethods; i++) {
            if (i)
                buf_puts(b, "; ");
            buf_puts(b, t->methods[i].name);
            signature_string(b, t->methods[i].sig, rel);
        }
        buf_putc(b, '}');
        break;
    case TY_TUPLE:
        tuple_string(b, t, 0, rel);
        break;
    default:
        buf_puts(b, "?");
        break;
    }
}

const char *type_str(Arena *a, Type *t, Package *rel)
{
    Buf b = {0};
    type_string(&b, t, rel);
    const char *s = arena_strndup(a, b.s ? b.s : "", b.n);
    buf_free(&b);
    return s;
}

/* Interfaces. */

static int method_cmp(const void *x, const void *y)
{
    const Method *a = x, *b = y;
    return strcmp(a->name, b->name);
}

void iface_complete(Arena *a, Type *t)
{
    if (t->complete)
        return;
    t->complete = 1;
    for (int i = 0; i < t->nembeds; i++) {
        Type *e = type_underlying(t->embeds[i]);
        if (e->kind != TY_INTERFACE)
            continue;
        iface_complete(a, e);
        for (int j = 0; j < e->nmethods; j++) {
            int dup = 0;
            for (int k = 0; k < t->nmethods; k++)
                if (t->methods[k].name == e->methods[j].name)
                    dup = 1;
            if (!dup)
                *type_add_method(a, t, e->methods[j].name) = e->methods[j];
        }
    }
    if (t->nmethods > 1)
        qsort(t->methods, (size_t)t->nmethods, sizeof *t->methods, method_cmp);
}

/* Selector lookup: breadth-first through embedded fields, as the spec says
 * "the shallowest depth wins; two at the same depth are ambiguous". */

typedef struct Embedded {
    Type *type;         /* a named or struct type, never a pointer */
    int indirect;
    int path[16];
    int npath;
} Embedded;

static Method *find_method(Type *named, const char *name)
{
    for (int i = 0; i < named->nmethods; i++)
        if (named->methods[i].name == name)
            return &named->methods[i];
    return NULL;
}

static int exported(const char *name)
{
    unsigned char c = (unsigned char)name[0];
    return (c >= 'A' && c <= 'Z') || c >= 0x80;   /* non-ASCII upper handled by checker */
}

int lookup_field_or_method(Type *t, int addressable_ptr, const char *name, Package *pkg,
                           Selection *sel)
{
    (void)addressable_ptr;
    memset(sel, 0, sizeof *sel);
    int indirect = 0, named_ptr = 0;
    if (t->kind == TY_POINTER && type_underlying(t->elem)->kind == TY_INTERFACE)
        return 0;   /* a pointer to an interface has no methods */
    if (t->kind == TY_POINTER && (t->elem->kind == TY_NAMED || t->elem->kind == TY_STRUCT)) {
        t = t->elem;
        indirect = 1;
    } else if (t->kind == TY_NAMED && type_underlying(t)->kind == TY_POINTER) {
        /* methods cannot belong to a named pointer type: look up through its
         * pointer, and a method found is not found (types2, issue 8590) */
        Type *e = type_underlying(t)->elem;
        if (e->kind == TY_NAMED || e->kind == TY_STRUCT) {
            t = e;
            indirect = 1;
            named_ptr = 1;
        }
    }
    Embedded *cur = xmalloc(sizeof *cur), *next = NULL;
    int ncur = 1, nnext = 0;
    cur[0] = (Embedded){ .type = t, .indirect = indirect };
    Type *seen[64];
    int nseen = 0;
    int result = 0;
    for (int depth = 0; ncur > 0 && depth < 16; depth++) {
        int found = 0;
        int seen_before = nseen;    /* types met at shallower depths are skipped; the same
                                       type twice at this depth makes its names ambiguous */
        next = NULL;
        nnext = 0;
        for (int i = 0; i < ncur; i++) {
            Embedded *e = &cur[i];
            Type *typ = e->type;
            if (typ->kind == TY_NAMED) {
                int dup = 0;
                for (int k = 0; k < seen_before; k++)
                    if (seen[k] == typ)
                        dup = 1;
                if (dup)
                    continue;
                if (nseen < 64)
                    seen[nseen++] = typ;
                Method *m = find_method(typ, name);
                if (m && pkg && !exported(name) && m->func && m->func->pkg != pkg)
                    m = NULL;
                if (m) {
                    found++;
                    sel->kind = 2;
                    sel->method = m;
                    sel->recv_named = typ;
                    sel->depth = depth;
                    sel->indirect = e->indirect;
                    memcpy(sel->path, e->path, sizeof e->path);
                    sel->npath = e->npath;
                    continue;
                }
            }
            Type *u = type_underlying(typ);
            if (u->kind == TY_STRUCT) {
                for (int f = 0; f < u->nfields; f++) {
                    Field *fl = &u->fields[f];
                    if (fl->name == name && (!pkg || exported(name) || !fl->pkg || fl->pkg == pkg)) {
                        found++;
                        sel->kind = 1;
                        sel->field = fl;
                        sel->depth = depth;
                        sel->indirect = e->indirect;
                        memcpy(sel->path, e->path, sizeof e->path);
                        sel->npath = e->npath;
                        if (sel->npath < 16)
                            sel->path[sel->npath++] = f;
                    }
                    if (fl->embedded && e->npath < 15) {
                        Type *ft = fl->type;
                        int ind = e->indirect;
                        if (ft->kind == TY_POINTER) {
                            ft = ft->elem;
                            ind = 1;
                        }
                        next = xrealloc(next, (size_t)(nnext + 1) * sizeof *next);
                        Embedded *ne = &next[nnext++];
                        *ne = *e;
                        ne->type = ft;
                        ne->indirect = ind;
                        ne->path[ne->npath++] = f;
                    }
                }
            } else if (u->kind == TY_INTERFACE) {
                iface_complete(NULL, u);
                Method *m = find_method(u, name);
                if (m) {
                    found++;
                    sel->kind = 2;
                    sel->method = m;
                    sel->recv_named = NULL;
                    sel->depth = depth;
                    sel->indirect = e->indirect;
                    memcpy(sel->path, e->path, sizeof e->path);
                    sel->npath = e->npath;
                }
            }
        }
        if (found) {
            result = found > 1 ? -1 : sel->kind;
            break;
        }
        free(cur);
        cur = next;
        ncur = nnext;
        next = NULL;
    }
    free(cur);
    free(next);
    if (named_ptr && result == 2) {
        memset(sel, 0, sizeof *sel);
        return 0;
    }
    return result;
}

int type_implements(Type *t, Type *iface, Method **missing, int *wrong_type, int *ptr_recv)
{
    Type *it = type_underlying(iface);
    *missing = NULL;
    *wrong_type = 0;
    *ptr_recv = 0;
    if (it->kind != TY_INTERFACE)
        return 0;
    iface_complete(NULL, it);
    Type *tu = type_underlying(t);
    for (int i = 0; i < it->nmethods; i++) {
        Method *m = &it->methods[i];
        if (tu->kind == TY_INTERFACE) {
            iface_complete(NULL, tu);
            Method *have = find_method(tu, m->name);
            if (!have || !types_identical(have->sig, m->sig)) {
                *missing = m;
                *wrong_type = have != NULL;
                return 0;
            }
            continue;
        }
        Selection sel;
        int k = lookup_field_or_method(t, 0, m->name, NULL, &sel);
        if (k != 2) {
            *missing = m;
            return 0;
        }
        if (!types_identical(sel.method->sig, m->sig)) {
            *missing = m;
            *wrong_type = 1;
            return 0;
        }
        if (sel.method->ptr_recv && !sel.indirect && t->kind != TY_POINTER) {
            *missing = m;
            *ptr_recv = 1;
            return 0;
        }
    }
    return 1;
}

int type_assignable(Type *v, Type *t)
{
    if (types_identical(v, t))
        return 1;
    Type *vu = type_underlying(v), *tu = type_underlying(t);
    if (v->kind == TY_UNTYPED_NIL)
        return type_has_nil(t);
    if (types_identical(vu, tu) && (!type_is_named(v) || !type_is_named(t)) &&
        !is_basic_kind(vu->kind))
        return 1;
    if (tu->kind == TY_INTERFACE) {
        Method *m;
        int w, p;
        return type_implements(v, t, &m, &w, &p);
    }
    if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->dir == CHAN_BOTH &&
        types_identical(vu->elem, tu->elem) && (!type_is_named(v) || !type_is_named(t)))
        return 1;
    return 0;
}

/* Scopes and objects. */

Object *object_new(Arena *a, ObjKind kind, const char *name, Pos pos, Type *t)
{
    Object *o = arena_alloc(a, sizeof *o);
    o->kind = kind;
    o->name = name;
    o->pos = pos;
    o->type = t;
    return o;
}

Scope *scope_new(Arena *a, Scope *parent)
{
    Scope *s = arena_alloc(a, sizeof *s);
    s->parent = parent;
    return s;
}

static size_t name_hash(const char *name, int cap)
{
    uintptr_t h = (uintptr_t)name;
    h ^= h >> 17;
    h *= 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 7) & (size_t)(cap - 1);
}

Object *scope_lookup_local(Scope *s, const char *name)
{
    if (!s->cap)
        return NULL;
    for (size_t j = name_hash(name, s->cap);; j = (j + 1) & (size_t)(s->cap - 1)) {
        Object *o = s->slots[j];
        if (!o)
            return NULL;
        if (o->name == name)
            return o;
    }
}

Object *scope_lookup(Scope *s, const char *name, Scope **found)
{
    for (; s; s = s->parent) {
        Object *o = scope_lookup_local(s, name);
        if (o) {
            if (found)
                *found = s;
            return o;
        }
    }
    return NULL;
}

static void scope_grow(Arena *a, Scope *s)
{
    int oldcap = s->cap;
    Object **old = s->slots;
    s->cap = oldcap ? 2 * oldcap : 8;
    s->slots = arena_alloc(a, (size_t)s->cap * sizeof *s->slots);
    for (int i = 0; i < oldcap; i++) {
        if (!old[i])
            continue;
        size_t j = name_hash(old[i]->name, s->cap);
        while (s->slots[j])
            j = (j + 1) & (size_t)(s->cap - 1);
        s->slots[j] = old[i];
    }
}

Object *scope_insert(Arena *a, Scope *s, Object *obj)
{
    Object *old = scope_lookup_local(s, obj->name);
    if (old)
        return old;
    if (2 * (s->count + 1) > s->cap)
        scope_grow(a, s);
    size_t j = name_hash(obj->name, s->cap);
    while (s->slots[j])
        j = (j + 1) & (size_t)(s->cap - 1);
    s->slots[j] = obj;
    s->count++;
    avec_push(a, &s->order, obj);
    if (!obj->scope)
        obj->scope = s;
    return NULL;
}

void scope_remove(Scope *s, Object *obj)
{
    if (!s->cap)
        return;
    size_t mask = (size_t)s->cap - 1, j = name_hash(obj->name, s->cap);
    while (s->slots[j] && s->slots[j] != obj)
        j = (j + 1) & mask;
    if (!s->slots[j])
        return;
    s->slots[j] = NULL;
    s->count--;
    /* linear probing: move back the rest of the run past the hole */
    for (size_t k = (j + 1) & mask; s->slots[k]; k = (k + 1) & mask) {
        Object *o = s->slots[k];
        size_t home = name_hash(o->name, s->cap);
        /* o may move to j unless its home lies cyclically in (j, k] */
        if (j <= k ? (home > j && home <= k) : (home > j || home <= k))
            continue;
        s->slots[j] = o;
        s->slots[k] = NULL;
        j = k;
    }
    for (int i = 0; i < s->order.n; i++)
        if (s->order.v[i] == obj) {
            memmove(&s->order.v[i], &s->order.v[i + 1], (size_t)(s->order.n - i - 1) * sizeof *s->order.v);
            s->order.n--;
            break;
        }
}
