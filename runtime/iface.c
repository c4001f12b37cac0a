/*
 * iface.c — interface values: boxing, itabs, equality and method lookup.
 *
 * An empty interface is {RType*, data}; a non-empty one {Itab*, data}.
 * Itabs for conversions the compiler can see are built at compile time;
 * rt_getitab builds the others (type assertions to interfaces) and caches
 * them in a table read without locks, as Go's itabTable. Equality of
 * interface values compares dynamic types, then values with rt_equal, and
 * panics for uncomparable dynamic types as Go does.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"
#include "util/buf.h"
#include "util/mem.h"

const RMethod *rtype_method(const RType *t, const char *name)
{
    int lo = 0, hi = t->nmethods - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(t->methods[mid].name, name);
        if (c == 0)
            return &t->methods[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}

GoEface rt_box(G *g, const RType *t, const void *val)
{
    GoEface e = {t, NULL};
    if (t->flags & RT_DIRECT) {
        memcpy(&e.data, val, 8);
    } else {
        void *p = rt_alloc(g, t);
        memcpy(p, val, (size_t)t->size);
        e.data = p;
    }
    return e;
}

static const void *value_ptr(const RType *t, const void *const *word)
{
    return (t->flags & RT_DIRECT) ? (const void *)word : *word;
}

int rt_efaceeq(G *g, const RType *t, const void *a, const void *b)
{
    if (!(t->flags & RT_COMPARABLE))
        rt_panic_runtime(g, "comparing uncomparable type %s", t->str);
    REqualFn eq = t->equalfn ? t->equalfn : rt_equal;
    return eq(g, t, value_ptr(t, a), value_ptr(t, b));
}

/* Equality functions by kind, as Go's type.equal: the descriptor's equalfn. */
static int equal_word(G *g, const RType *t, const void *a, const void *b)
{
    (void)g; (void)t;
    return *(const uint64_t *)a == *(const uint64_t *)b;
}

static int equal_mem(G *g, const RType *t, const void *a, const void *b)
{
    (void)g;
    return memcmp(a, b, (size_t)t->size) == 0;
}

static int equal_str(G *g, const RType *t, const void *a, const void *b)
{
    (void)g; (void)t;
    const GoString *x = a, *y = b;
    return x->len == y->len && (x->ptr == y->ptr || !x->len || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
}

REqualFn rtype_equalfn(const RType *t)
{
    if (!(t->flags & RT_COMPARABLE))
        return NULL;
    switch ((RKind)t->kind) {
    case RK_STRING:
        return equal_str;
    case RK_FLOAT32: case RK_FLOAT64: case RK_COMPLEX64: case RK_COMPLEX128: case RK_INTERFACE:
    case RK_ARRAY: case RK_STRUCT:
        return rt_equal;
    default:
        return t->size == 8 ? equal_word : equal_mem;
    }
}

int rt_equal(G *g, const RType *t, const void *a, const void *b)
{
    switch ((RKind)t->kind) {
    case RK_FLOAT32: return *(const float *)a == *(const float *)b;
    case RK_FLOAT64: return *(const double *)a == *(const double *)b;
    case RK_COMPLEX64:
        return ((const float *)a)[0] == ((const float *)b)[0] && ((const float *)a)[1] == ((const float *)b)[1];
    case RK_COMPLEX128:
        return ((const double *)a)[0] == ((const double *)b)[0] && ((const double *)a)[1] == ((const double *)b)[1];
    case RK_STRING: {
        const GoString *x = a, *y = b;
        return x->len == y->len && (x->ptr == y->ptr || !x->len || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    case RK_INTERFACE: {
        const void *const *x = a, *const *y = b;
        const RType *tx = iface_dyntype(t, x[0]), *ty = iface_dyntype(t, y[0]);
        if (tx != ty)
            return 0;
        if (!tx)
            return 1;
        return rt_efaceeq(g, tx, &x[1], &y[1]);
    }
    case RK_ARRAY: {
        const RType *e = t->elem;
        for (int64_t i = 0; i < t->len; i++)
            if (!rt_equal(g, e, (const char *)a + i * e->size, (const char *)b + i * e->size))
                return 0;
        return 1;
    }
    case RK_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const RField *f = &t->fields[i];
            if (strcmp(f->name, "_") == 0)
                continue;
            if (!rt_equal(g, f->type, (const char *)a + f->offset, (const char *)b + f->offset))
                return 0;
        }
        return 1;
    case RK_SLICE: case RK_MAP: case RK_FUNC:
        rt_panic_runtime(g, "comparing uncomparable type %s", t->str);
    default:
        return memcmp(a, b, (size_t)t->size) == 0;
    }
}

/* The itab cache, after Go's itabTable: open addressing on (inter, type).
 * Readers take no lock: they load the table pointer and the slots with
 * acquire loads. Writers hold itab_lock; a new itab is published into an
 * empty slot with a release store, and a grown table is filled completely
 * before its pointer is published (old tables are never freed, so a reader
 * still walking one is safe). */
typedef struct ItabTable {
    size_t size;            /* power of two */
    size_t count;
    const Itab *entries[];
} ItabTable;

static pthread_mutex_t itab_lock = PTHREAD_MUTEX_INITIALIZER;
static ItabTable *itab_table;     /* written under itab_lock, read lock-free */

static size_t itab_hash(const RType *inter, const RType *t)
{
    return (size_t)(inter->hash ^ t->hash) * 2654435761u;
}

static const Itab *itab_find(const RType *inter, const RType *t)
{
    ItabTable *tab = __atomic_load_n(&itab_table, __ATOMIC_ACQUIRE);   /* load-acquire: a published table */
    if (!tab)
        return NULL;
    size_t mask = tab->size - 1;
    for (size_t i = itab_hash(inter, t) & mask, n = 0; n < tab->size; i = (i + 1) & mask, n++) {
        const Itab *m = __atomic_load_n(&tab->entries[i], __ATOMIC_ACQUIRE);   /* pairs with the publishing store */
        if (!m)
            return NULL;
        if (m->inter == inter && m->type == t)
            return m;
    }
    return NULL;
}

/* itab_lock must be held. */
static void itab_add(ItabTable *tab, const Itab *m)
{
    size_t mask = tab->size - 1, i = itab_hash(m->inter, m->type) & mask;
    while (tab->entries[i])
        i = (i + 1) & mask;
    __atomic_store_n(&tab->entries[i], m, __ATOMIC_RELEASE);   /* store-release: publishes the itab */
    tab->count++;
}

/* itab_lock must be held. */
static void itab_insert(const Itab *m)
{
    ItabTable *tab = itab_table;
    if (!tab || (tab->count + 1) * 4 > tab->size * 3) {
        size_t size = tab ? tab->size * 2 : 512;
        ItabTable *nt = xcalloc(1, sizeof(ItabTable) + size * sizeof(Itab *));
        nt->size = size;
        for (size_t i = 0; tab && i < tab->size; i++)
            if (tab->entries[i])
                itab_add(nt, tab->entries[i]);
        __atomic_store_n(&itab_table, nt, __ATOMIC_RELEASE);   /* store-release: the filled table */
        tab = nt;
    }
    itab_add(tab, m);
}

const Itab *rt_getitab(G *g, const RType *inter, const RType *t, int canfail)
{
    const Itab *m = itab_find(inter, t);
    if (m)
        return m;
    const char *missing = NULL;
    for (int i = 0; i < inter->nmethods && !missing; i++) {
        const RMethod *have = rtype_method(t, inter->methods[i].name);
        /* signatures are canonical per program; the runtime's own types
         * (runtime.errorString) match them by type string */
        if (!have || (have->type != inter->methods[i].type && strcmp(have->type->str, inter->methods[i].type->str)))
            missing = inter->methods[i].name;
    }
    if (missing) {
        if (canfail)
            return NULL;
        rt_panic_runtime(g, "\001interface conversion: %s is not %s: missing method %s", t->str,
                         inter->str, missing);
    }
    Itab *n = xcalloc(1, sizeof(Itab) + (size_t)inter->nmethods * sizeof(Closure *));
    n->inter = inter;
    n->type = t;
    n->hash = t->hash;
    for (int i = 0; i < inter->nmethods; i++)
        n->fun[i] = rtype_method(t, inter->methods[i].name)->ifn;
    pthread_mutex_lock(&itab_lock);
    const Itab *again = itab_find(inter, t);
    if (again) {
        free(n);
        m = again;
    } else {
        itab_insert(n);
        m = n;
    }
    pthread_mutex_unlock(&itab_lock);
    return m;
}
