/*
 * native_reflect.c — reflect's natives: the fields of golite's run-time type
 * descriptor (runtime/rtype.h) for stdlib/reflect/value.go, which holds the
 * rest of reflect in Go, and DeepEqual.
 *
 * A *rtype in reflect's Go source is a const RType *. Where Go's descriptor and
 * golite's differ: golite's channel direction is 1 send, 2 receive (Go's
 * ChanDir is the other way round); a predeclared type has no name field (its
 * name is its string); NumMethod counts exported methods except for interfaces.
 *
 * reflect.DeepEqual over the run-time type descriptors,
 * Go 1.19's deepValueEqual (src/reflect/deepequal.go) case for case:
 * arrays and structs element by element, slices and maps by length and then
 * elements (the same backing array or map is equal at once; []byte by
 * bytes), pointers by address or pointee, interfaces by dynamic type and
 * value, funcs equal only when both are nil, everything else with ==
 * (floats: NaN is not equal to itself). A pair of pointers, maps, slices or
 * interfaces already being compared counts as equal, which ends cycles, as
 * Go's visited map does; the pairs live in a vector for the one call.
 */
#include <stdlib.h>

#include "runtime/gc.h"
#include "runtime/map.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"
#include "stdlib/native.h"
#include "util/mem.h"

typedef struct Visit {
    const void *a, *b;
    const RType *t;
} Visit;

typedef struct Visits {
    Visit *v;
    int n, cap;
} Visits;

static int deep_equal(G *g, const RType *t, const void *a, const void *b, Visits *seen);

/* The value an interface's data word stands for, in memory. */
static const void *iface_value(const RType *t, const uint64_t *word)
{
    return (t->flags & RT_DIRECT) ? (const void *)word : (const void *)(uintptr_t)*word;
}

/* Records the pair (ordered by address, as Go's visit key); 1 if it was there. */
static int visited(Visits *seen, const void *a, const void *b, const RType *t)
{
    if ((uintptr_t)a > (uintptr_t)b) {
        const void *x = a;
        a = b;
        b = x;
    }
    for (int i = 0; i < seen->n; i++)
        if (seen->v[i].a == a && seen->v[i].b == b && seen->v[i].t == t)
            return 1;
    if (seen->n == seen->cap) {
        seen->cap = seen->cap ? seen->cap * 2 : 16;
        seen->v = xrealloc(seen->v, (size_t)seen->cap * sizeof *seen->v);
    }
    seen->v[seen->n++] = (Visit){a, b, t};
    return 0;
}

typedef struct MapCmp {
    G *g;
    const RType *mt;
    Hmap *other;
    Visits *seen;
    int equal;
} MapCmp;

static void map_entry(void *ctx, const void *key, const void *val)
{
    MapCmp *c = ctx;
    if (!c->equal)
        return;
    const void *val2 = map_access(c->g, c->other, c->mt, key);
    if (!val2 || !deep_equal(c->g, c->mt->elem, val, val2, c->seen))
        c->equal = 0;
}

static int deep_equal(G *g, const RType *t, const void *a, const void *b, Visits *seen)
{
    switch ((RKind)t->kind) {
    case RK_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            int64_t off = i * t->elem->size;
            if (!deep_equal(g, t->elem, (const uint8_t *)a + off, (const uint8_t *)b + off, seen))
                return 0;
        }
        return 1;
    case RK_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const RField *f = &t->fields[i];
            if (!deep_equal(g, f->type, (const uint8_t *)a + f->offset, (const uint8_t *)b + f->offset, seen))
                return 0;
        }
        return 1;
    case RK_SLICE: {
        const GoSlice *x = a, *y = b;
        if ((x->ptr == NULL) != (y->ptr == NULL) || x->len != y->len)
            return 0;
        if (x->ptr == y->ptr)
            return 1;
        if (t->elem->kind == RK_UINT8)
            return memcmp(x->ptr, y->ptr, (size_t)x->len) == 0;
        if (visited(seen, x->ptr, y->ptr, t))
            return 1;
        for (int64_t i = 0; i < x->len; i++) {
            int64_t off = i * t->elem->size;
            if (!deep_equal(g, t->elem, (uint8_t *)x->ptr + off, (uint8_t *)y->ptr + off, seen))
                return 0;
        }
        return 1;
    }
    case RK_INTERFACE: {
        /* an empty interface's first word is the type; a non-empty one's an itab */
        const uint64_t *x = a, *y = b;
        if (!x[0] || !y[0])
            return !x[0] && !y[0];
        const RType *tx = t->nmethods ? ((const Itab *)(uintptr_t)x[0])->type : (const RType *)(uintptr_t)x[0];
        const RType *ty = t->nmethods ? ((const Itab *)(uintptr_t)y[0])->type : (const RType *)(uintptr_t)y[0];
        if (tx != ty)
            return 0;
        if (visited(seen, (const void *)(uintptr_t)x[1], (const void *)(uintptr_t)y[1], t))
            return 1;
        return deep_equal(g, tx, iface_value(tx, &x[1]), iface_value(ty, &y[1]), seen);
    }
    case RK_POINTER: {
        const void *p = *(const void *const *)a, *q = *(const void *const *)b;
        if (p == q)
            return 1;
        if (!p || !q)
            return 0;
        if (visited(seen, p, q, t))
            return 1;
        return deep_equal(g, t->elem, p, q, seen);
    }
    case RK_MAP: {
        Hmap *m = *(Hmap *const *)a, *n = *(Hmap *const *)b;
        if ((m == NULL) != (n == NULL) || map_len(m) != map_len(n))
            return 0;
        if (m == n)
            return 1;
        if (visited(seen, m, n, t))
            return 1;
        MapCmp c = {g, t, n, seen, 1};
        map_foreach(g, m, map_entry, &c);
        return c.equal;
    }
    case RK_FUNC:
        return !*(const void *const *)a && !*(const void *const *)b;
    case RK_FLOAT32:
        return *(const float *)a == *(const float *)b;
    case RK_FLOAT64:
        return *(const double *)a == *(const double *)b;
    case RK_COMPLEX64: {
        const float *x = a, *y = b;
        return x[0] == y[0] && x[1] == y[1];
    }
    case RK_COMPLEX128: {
        const double *x = a, *y = b;
        return x[0] == y[0] && x[1] == y[1];
    }
    default:    /* booleans, integers, strings, channels, unsafe pointers: == */
        return rt_efaceeq(g, t, (t->flags & RT_DIRECT) ? a : (const void *)&a,
                          (t->flags & RT_DIRECT) ? b : (const void *)&b);
    }
}

/* func DeepEqual(x, y any) bool */
static void reflect_deepequal(G *g, uint64_t *a)
{
    const RType *tx = (const RType *)(uintptr_t)a[0], *ty = (const RType *)(uintptr_t)a[2];
    if (!tx || !ty) {
        a[0] = tx == ty;
        return;
    }
    if (tx != ty) {
        a[0] = 0;
        return;
    }
    Visits seen = {0};
    a[0] = (uint64_t)deep_equal(g, tx, iface_value(tx, &a[1]), iface_value(ty, &a[3]), &seen);
    free(seen.v);
}

/* ---- descriptor fields ---- */

static const RType *rt_arg(const uint64_t *a, int i)
{
    return (const RType *)(uintptr_t)a[i];
}

static GoString cstr(const char *s)
{
    return (GoString){(const uint8_t *)s, s ? (int64_t)strlen(s) : 0};
}

static void rtype_kind(G *g, uint64_t *a) { (void)g; a[0] = rt_arg(a, 0)->kind; }
static void rtype_direct(G *g, uint64_t *a) { (void)g; a[0] = (rt_arg(a, 0)->flags & RT_DIRECT) != 0; }
static void rtype_string(G *g, uint64_t *a) { (void)g; ret_str(a, 0, cstr(rt_arg(a, 0)->str)); }
static void rtype_size(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)rt_arg(a, 0)->size; }
static void rtype_align(G *g, uint64_t *a) { (void)g; a[0] = rt_arg(a, 0)->align; }
static void rtype_elem(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)(uintptr_t)rt_arg(a, 0)->elem; }
static void rtype_key(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)(uintptr_t)rt_arg(a, 0)->key; }
static void rtype_len(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)rt_arg(a, 0)->len; }
static void rtype_numfield(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)rt_arg(a, 0)->nfields; }
static void rtype_numin(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)rt_arg(a, 0)->nin; }
static void rtype_numout(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)rt_arg(a, 0)->nout; }
static void rtype_variadic(G *g, uint64_t *a) { (void)g; a[0] = (rt_arg(a, 0)->flags & RT_VARIADIC) != 0; }
static void rtype_comparable(G *g, uint64_t *a) { (void)g; a[0] = (rt_arg(a, 0)->flags & RT_COMPARABLE) != 0; }

static int predeclared(const RType *t)
{
    return t->kind <= RK_COMPLEX128 || t->kind == RK_STRING || t->kind == RK_UNSAFEPTR;
}

/* func rtypeName(t *rtype) string: a defined or predeclared type's name */
static void rtype_name(G *g, uint64_t *a)
{
    (void)g;
    const RType *t = rt_arg(a, 0);
    const char *name = t->name;
    if (!name && !(t->flags & RT_NAMED) && predeclared(t))
        name = t->str;      /* int, string, unsafe.Pointer: the name is the string */
    if (name && t->kind == RK_UNSAFEPTR && !(t->flags & RT_NAMED))
        name = "Pointer";
    ret_str(a, 0, cstr(name ? name : ""));
}

/* func rtypePkgPath(t *rtype) string: "" for predeclared and unnamed types */
static void rtype_pkgpath(G *g, uint64_t *a)
{
    (void)g;
    const RType *t = rt_arg(a, 0);
    const char *p = t->pkgpath;
    if (!p && t->kind == RK_UNSAFEPTR && !(t->flags & RT_NAMED))
        p = "unsafe";
    ret_str(a, 0, cstr(t->name || (t->flags & RT_NAMED) || t->kind == RK_UNSAFEPTR ? p : NULL));
}

/* func rtypeChanDir(t *rtype) ChanDir: golite's 1 send, 2 receive to Go's */
static void rtype_chandir(G *g, uint64_t *a)
{
    (void)g;
    int64_t d = rt_arg(a, 0)->len;
    a[0] = (uint64_t)((d & 1 ? 2 : 0) | (d & 2 ? 1 : 0));
}

/* func rtypeField(t *rtype, i int) (typ *rtype, offset uintptr, exported bool, embedded bool) */
static void rtype_field(G *g, uint64_t *a)
{
    const RType *t = rt_arg(a, 0);
    int64_t i = (int64_t)a[1];
    if (i < 0 || i >= t->nfields)
        rt_panic_runtime(g, "index out of range [%lld] with length %d", (long long)i, t->nfields);
    const RField *f = &t->fields[i];
    a[0] = (uint64_t)(uintptr_t)f->type;
    a[1] = (uint64_t)f->offset;
    a[2] = f->exported;
    a[3] = f->embedded;
}

/* The i'th of a function type's n parameter or result types (a[1] = i). */
static void func_part(G *g, uint64_t *a, const RType *const *v, int n)
{
    int64_t i = (int64_t)a[1];
    if (i < 0 || i >= n)
        rt_panic_runtime(g, "index out of range [%lld] with length %d", (long long)i, n);
    a[0] = (uint64_t)(uintptr_t)v[i];
}

static void rtype_in(G *g, uint64_t *a) { func_part(g, a, rt_arg(a, 0)->in, rt_arg(a, 0)->nin); }
static void rtype_out(G *g, uint64_t *a) { func_part(g, a, rt_arg(a, 0)->out, rt_arg(a, 0)->nout); }

/* func rtypeNumMethod(t *rtype) int: exported methods (all, for an interface) */
static void rtype_nummethod(G *g, uint64_t *a)
{
    (void)g;
    const RType *t = rt_arg(a, 0);
    int n = 0;
    for (int i = 0; i < t->nmethods; i++)
        n += t->kind == RK_INTERFACE || (t->methods[i].name[0] >= 'A' && t->methods[i].name[0] <= 'Z');
    a[0] = (uint64_t)n;
}

/* func unsafe_New(t *rtype) unsafe.Pointer */
static void reflect_unsafe_new(G *g, uint64_t *a)
{
    a[0] = (uint64_t)(uintptr_t)rt_alloc(g, rt_arg(a, 0));
}

/* func typedmemmove(t *rtype, dst, src unsafe.Pointer) */
static void reflect_typedmemmove(G *g, uint64_t *a)
{
    (void)g;
    const RType *t = rt_arg(a, 0);
    void *dst = (void *)(uintptr_t)a[1], *src = (void *)(uintptr_t)a[2];
    if (t->flags & RT_HASPTR)
        gc_wb_copy(dst, src, (size_t)t->size);
    memmove(dst, src, (size_t)t->size);
}

static void reflect_maplen(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)map_len((Hmap *)(uintptr_t)a[0]); }

static void reflect_chanlen(G *g, uint64_t *a)
{
    (void)g;
    Hchan *c = (Hchan *)(uintptr_t)a[0];
    a[0] = c ? __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) : 0;
}

static void reflect_chancap(G *g, uint64_t *a)
{
    (void)g;
    Hchan *c = (Hchan *)(uintptr_t)a[0];
    a[0] = c ? c->dataqsiz : 0;
}

const NativeDef natives_reflect[] = {
    {"reflect.DeepEqual", reflect_deepequal},
    {"reflect.rtypeKind", rtype_kind},
    {"reflect.rtypeDirect", rtype_direct},
    {"reflect.rtypeString", rtype_string},
    {"reflect.rtypeName", rtype_name},
    {"reflect.rtypePkgPath", rtype_pkgpath},
    {"reflect.rtypeSize", rtype_size},
    {"reflect.rtypeAlign", rtype_align},
    {"reflect.rtypeElem", rtype_elem},
    {"reflect.rtypeKey", rtype_key},
    {"reflect.rtypeLen", rtype_len},
    {"reflect.rtypeChanDir", rtype_chandir},
    {"reflect.rtypeNumField", rtype_numfield},
    {"reflect.rtypeField", rtype_field},
    {"reflect.rtypeNumIn", rtype_numin},
    {"reflect.rtypeNumOut", rtype_numout},
    {"reflect.rtypeIn", rtype_in},
    {"reflect.rtypeOut", rtype_out},
    {"reflect.rtypeVariadic", rtype_variadic},
    {"reflect.rtypeComparable", rtype_comparable},
    {"reflect.rtypeNumMethod", rtype_nummethod},
    {"reflect.unsafe_New", reflect_unsafe_new},
    {"reflect.typedmemmove", reflect_typedmemmove},
    {"reflect.maplen", reflect_maplen},
    {"reflect.chanlen", reflect_chanlen},
    {"reflect.chancap", reflect_chancap},
    {NULL, NULL},
};
