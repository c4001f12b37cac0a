/*
 * astser.c — syntax trees as bytes, and back.
 *
 * The standard packages' declarations are parsed once, when golite is built
 * (tools/stdlib_snapshot.c), and embedded in this form; importing a package
 * rebuilds its tree from the bytes instead of lexing and parsing its source,
 * at a small fraction of the cost (compiler/stdpkg.c). Only what the parser
 * fills is kept: kind, op, flags, the three positions, the four children, the
 * two lists, the name (re-interned on reading, so names compare by pointer as
 * after a parse), len and iota. A node reached twice is stored once, so the
 * tree comes back with the same sharing.
 *
 * Format: unsigned LEB128 varints (signed values zigzag-encoded). The string
 * table (count, then length and bytes of each), the node count, then each
 * node in order: kind, op, flags, pos, pos2, pos3 (line and column each), the
 * children x y z w as node numbers + 1 (0: none), list and list2 (length,
 * then node numbers), the name as string number + 1 (0: none), len, iota.
 * Node 0 is the root.
 */
#include "parser/ast.h"

#include <stdlib.h>
#include <string.h>

#include "util/intern.h"
#include "util/mem.h"

static void put_uv(Buf *b, uint64_t v)
{
    do {
        uint8_t c = v & 0x7f;
        v >>= 7;
        buf_putc(b, (char)(c | (v ? 0x80 : 0)));
    } while (v);
}

static void put_sv(Buf *b, int64_t v)
{
    put_uv(b, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

typedef struct PtrMap {
    const void **keys;
    uint32_t *vals;
    size_t cap, n;
} PtrMap;

static size_t ptr_hash(const void *p, size_t cap)
{
    uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 17) & (cap - 1);
}

static int map_get(const PtrMap *m, const void *p, uint32_t *out)
{
    if (!m->cap)
        return 0;
    for (size_t i = ptr_hash(p, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i])
            return 0;
        if (m->keys[i] == p) {
            *out = m->vals[i];
            return 1;
        }
    }
}

static void map_put(PtrMap *m, const void *p, uint32_t v)
{
    if (2 * (m->n + 1) > m->cap) {
        PtrMap old = *m;
        m->cap = old.cap ? 2 * old.cap : 256;
        m->keys = xcalloc(m->cap, sizeof *m->keys);
        m->vals = xcalloc(m->cap, sizeof *m->vals);
        m->n = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.keys[i])
                map_put(m, old.keys[i], old.vals[i]);
        free(old.keys);
        free(old.vals);
    }
    size_t i = ptr_hash(p, m->cap);
    while (m->keys[i])
        i = (i + 1) & (m->cap - 1);
    m->keys[i] = p;
    m->vals[i] = v;
    m->n++;
}

typedef struct Ser {
    PtrMap nodes, strings;
    PtrVec order;           /* nodes by number */
    PtrVec strs;            /* strings by number */
} Ser;

static void number(Ser *s, Node *n)
{
    uint32_t k;
    if (!n || map_get(&s->nodes, n, &k))
        return;
    map_put(&s->nodes, n, (uint32_t)s->order.n);
    vec_push(&s->order, n);
    if (n->name && !map_get(&s->strings, n->name, &k)) {
        map_put(&s->strings, n->name, (uint32_t)s->strs.n);
        vec_push(&s->strs, (void *)n->name);
    }
    number(s, n->x);
    number(s, n->y);
    number(s, n->z);
    number(s, n->w);
    for (int i = 0; i < n->list.n; i++)
        number(s, n->list.v[i]);
    for (int i = 0; i < n->list2.n; i++)
        number(s, n->list2.v[i]);
}

static void put_ref(Buf *b, Ser *s, Node *n)
{
    uint32_t k = 0;
    if (n)
        map_get(&s->nodes, n, &k);
    put_uv(b, n ? (uint64_t)k + 1 : 0);
}

static void put_list(Buf *b, Ser *s, const NodeList *l)
{
    put_uv(b, (uint64_t)l->n);
    for (int i = 0; i < l->n; i++)
        put_ref(b, s, l->v[i]);
}

void ast_serialize(Buf *b, Node *root)
{
    Ser s = {0};
    number(&s, root);
    put_uv(b, (uint64_t)s.strs.n);
    for (int i = 0; i < s.strs.n; i++) {
        const char *str = s.strs.v[i];
        size_t len = strlen(str);
        put_uv(b, len);
        buf_add(b, str, len);
    }
    put_uv(b, (uint64_t)s.order.n);
    for (int i = 0; i < s.order.n; i++) {
        Node *n = s.order.v[i];
        put_uv(b, (uint64_t)n->kind);
        put_sv(b, n->op);
        put_uv(b, (uint64_t)(unsigned)n->flags);
        const Pos *ps[3] = {&n->pos, &n->pos2, &n->pos3};
        for (int k = 0; k < 3; k++) {
            put_uv(b, (uint64_t)ps[k]->line);
            put_uv(b, (uint64_t)ps[k]->col);
        }
        put_ref(b, &s, n->x);
        put_ref(b, &s, n->y);
        put_ref(b, &s, n->z);
        put_ref(b, &s, n->w);
        put_list(b, &s, &n->list);
        put_list(b, &s, &n->list2);
        uint32_t k = 0;
        if (n->name)
            map_get(&s.strings, n->name, &k);
        put_uv(b, n->name ? (uint64_t)k + 1 : 0);
        put_sv(b, n->len);
        put_sv(b, n->iota);
    }
    free(s.nodes.keys);
    free(s.nodes.vals);
    free(s.strings.keys);
    free(s.strings.vals);
    free(s.order.v);
    free(s.strs.v);
}

typedef struct Rd {
    const uint8_t *p, *end;
} Rd;

static uint64_t get_uv(Rd *r)
{
    uint64_t v = 0;
    for (int shift = 0; r->p < r->end; shift += 7) {
        uint8_t c = *r->p++;
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            break;
    }
    return v;
}

static int64_t get_sv(Rd *r)
{
    uint64_t u = get_uv(r);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

static Node *get_ref(Rd *r, Node *nodes, size_t n)
{
    uint64_t k = get_uv(r);
    return k && k <= n ? &nodes[k - 1] : NULL;
}

static void get_list(Rd *r, Arena *a, NodeList *l, Node *nodes, size_t n)
{
    int len = (int)get_uv(r);
    if (!len)
        return;
    l->v = arena_alloc(a, (size_t)len * sizeof *l->v);
    l->n = l->cap = len;
    for (int i = 0; i < len; i++)
        l->v[i] = get_ref(r, nodes, n);
}

Node *ast_deserialize(const void *data, size_t len, Arena *a, Interner *in)
{
    Rd r = {data, (const uint8_t *)data + len};
    size_t nstr = (size_t)get_uv(&r);
    const char **strs = xcalloc(nstr ? nstr : 1, sizeof *strs);
    for (size_t i = 0; i < nstr; i++) {
        size_t sl = (size_t)get_uv(&r);
        strs[i] = intern(in, (const char *)r.p, sl);
        r.p += sl;
    }
    size_t n = (size_t)get_uv(&r);
    Node *nodes = arena_alloc(a, (n ? n : 1) * sizeof *nodes);     /* zeroed */
    for (size_t i = 0; i < n; i++) {
        Node *x = &nodes[i];
        x->kind = (NodeKind)get_uv(&r);
        x->op = (int)get_sv(&r);
        x->flags = (int)get_uv(&r);
        Pos *ps[3] = {&x->pos, &x->pos2, &x->pos3};
        for (int k = 0; k < 3; k++) {
            ps[k]->line = (int)get_uv(&r);
            ps[k]->col = (int)get_uv(&r);
        }
        x->x = get_ref(&r, nodes, n);
        x->y = get_ref(&r, nodes, n);
        x->z = get_ref(&r, nodes, n);
        x->w = get_ref(&r, nodes, n);
        get_list(&r, a, &x->list, nodes, n);
        get_list(&r, a, &x->list2, nodes, n);
        uint64_t s = get_uv(&r);
        x->name = s && s <= nstr ? strs[s - 1] : NULL;
        x->len = (int)get_sv(&r);
        x->iota = get_sv(&r);
    }
    free(strs);
    return n ? &nodes[0] : NULL;
}
