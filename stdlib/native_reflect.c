/*
 * native_reflect.c — reflect.DeepEqual over the run-time type descriptors,
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

#include "runtime/map.h"
#include "runtime/runtime.h"
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

const NativeDef natives_reflect[] = {
    {"reflect.DeepEqual", reflect_deepequal},
    {NULL, NULL},
};
