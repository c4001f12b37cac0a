/*
 * astser.c — syntax trees as bytes, and back, one declaration at a time.
 *
 * The standard packages' declarations are parsed once, when golite is built
 * (tools/stdlib_snapshot.c), and embedded in this form. Importing a package
 * reads only each top-level declaration's header — its kind, the names it
 * declares and, for a method, its receiver's base type — and a declaration's
 * tree is rebuilt from its bytes only when one of its names is needed
 * (compiler/stdpkg.c), so a program pays for the declarations it reaches.
 * Only what the parser fills is kept: kind, op, flags, the three positions,
 * the four children, the two lists, the name (interned when first read, so
 * names compare by pointer as after a parse), len and iota. A node reached
 * twice within a declaration is stored once, so the tree comes back with the
 * same sharing (a const spec repeating the previous one's expressions).
 *
 * Format: unsigned LEB128 varints (signed values zigzag-encoded). The file's
 * string table (count, then length and bytes of each); the package name as
 * string number + 1; the declaration count; then each declaration: kind
 * (AstDeclKind), the count of names it declares and each name's string
 * number, line and column, for a method its receiver base type's string
 * number + 1, the byte length of its tree, and the tree: the node count,
 * then each node in order — kind, op, flags, pos, pos2, pos3 (line and
 * column each), the children x y z w as node numbers + 1 (0: none), list
 * and list2 (length, then node numbers), the name as string number + 1
 * (0: none), len, iota. Node 0 is the declaration.
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
    PtrVec order;           /* the declaration's nodes by number */
    PtrVec strs;            /* the file's strings by number */
} Ser;

static uint32_t string_number(Ser *s, const char *str)
{
    uint32_t k;
    if (!map_get(&s->strings, str, &k)) {
        k = (uint32_t)s->strs.n;
        map_put(&s->strings, str, k);
        vec_push(&s->strs, (void *)str);
    }
    return k;
}

static void number(Ser *s, Node *n)
{
    uint32_t k;
    if (!n || map_get(&s->nodes, n, &k))
        return;
    map_put(&s->nodes, n, (uint32_t)s->order.n);
    vec_push(&s->order, n);
    if (n->name)
        string_number(s, n->name);
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

/* One declaration's tree, its nodes numbered afresh. */
static void put_tree(Buf *b, Ser *s, Node *root)
{
    free(s->nodes.keys);
    free(s->nodes.vals);
    s->nodes = (PtrMap){0};
    s->order.n = 0;
    number(s, root);
    put_uv(b, (uint64_t)s->order.n);
    for (int i = 0; i < s->order.n; i++) {
        Node *n = s->order.v[i];
        put_uv(b, (uint64_t)n->kind);
        put_sv(b, n->op);
        put_uv(b, (uint64_t)(unsigned)n->flags);
        const Pos *ps[3] = {&n->pos, &n->pos2, &n->pos3};
        for (int k = 0; k < 3; k++) {
            put_uv(b, (uint64_t)ps[k]->line);
            put_uv(b, (uint64_t)ps[k]->col);
        }
        put_ref(b, s, n->x);
        put_ref(b, s, n->y);
        put_ref(b, s, n->z);
        put_ref(b, s, n->w);
        put_list(b, s, &n->list);
        put_list(b, s, &n->list2);
        put_uv(b, n->name ? (uint64_t)string_number(s, n->name) + 1 : 0);
        put_sv(b, n->len);
        put_sv(b, n->iota);
    }
}

static void put_name(Buf *b, Ser *s, const Node *id)
{
    put_uv(b, string_number(s, id->name));
    put_uv(b, (uint64_t)id->pos.line);
    put_uv(b, (uint64_t)id->pos.col);
}

static Node *unparen_recv(Node *t)
{
    while (t && t->kind == N_PAREN)
        t = t->x;
    return t;
}

/* A declaration's header: what it declares. */
static void put_header(Buf *b, Ser *s, Node *d)
{
    if (d->kind == N_FUNCDECL) {
        put_uv(b, d->x ? ADK_METHOD : ADK_FUNC);
        put_uv(b, 1);
        put_name(b, s, d->y);
        if (d->x) {
            Node *t = unparen_recv(d->x->x);
            if (t && t->kind == N_STAR)
                t = unparen_recv(t->x);
            put_uv(b, t && t->kind == N_IDENT ? (uint64_t)string_number(s, t->name) + 1 : 0);
        }
        return;
    }
    int kind = d->op == TK_IMPORT ? ADK_IMPORT : d->op == TK_CONST ? ADK_CONST
             : d->op == TK_VAR ? ADK_VAR : ADK_TYPE;
    put_uv(b, (uint64_t)kind);
    int n = 0;
    for (int i = 0; i < d->list.n; i++)
        n += kind == ADK_TYPE ? 1 : kind == ADK_IMPORT ? 0 : d->list.v[i]->list.n;
    put_uv(b, (uint64_t)n);
    for (int i = 0; i < d->list.n; i++) {
        Node *spec = d->list.v[i];
        if (kind == ADK_TYPE)
            put_name(b, s, spec->x);
        else if (kind != ADK_IMPORT)
            for (int k = 0; k < spec->list.n; k++)
                put_name(b, s, spec->list.v[k]);
    }
}

void ast_serialize_file(Buf *b, Node *file)
{
    Ser s = {0};
    Buf decls = {0}, tree = {0};
    uint32_t pkgname = string_number(&s, file->x->name);
    for (int i = 0; i < file->list.n; i++) {
        Node *d = file->list.v[i];
        put_header(&decls, &s, d);
        tree.n = 0;
        put_tree(&tree, &s, d);
        put_uv(&decls, (uint64_t)tree.n);
        buf_add(&decls, tree.s, tree.n);
    }
    put_uv(b, (uint64_t)s.strs.n);
    for (int i = 0; i < s.strs.n; i++) {
        const char *str = s.strs.v[i];
        size_t len = strlen(str);
        put_uv(b, len);
        buf_add(b, str, len);
    }
    put_uv(b, (uint64_t)pkgname + 1);
    put_uv(b, (uint64_t)file->list.n);
    buf_add(b, decls.s, decls.n);
    buf_free(&decls);
    buf_free(&tree);
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

/* String k (from 0) of the file, interned on first use. */
static const char *file_string(AstFile *f, uint64_t k)
{
    if (k >= f->nstr)
        return NULL;
    if (!f->interned[k])
        f->interned[k] = intern(f->in, (const char *)f->sp[k], f->sl[k]);
    return f->interned[k];
}

int ast_file_open(AstFile *f, const void *data, size_t len, Arena *a, Interner *in)
{
    Rd r = {data, (const uint8_t *)data + len};
    memset(f, 0, sizeof *f);
    f->arena = a;
    f->in = in;
    f->nstr = (size_t)get_uv(&r);
    f->sp = arena_alloc(a, (f->nstr + 1) * sizeof *f->sp);
    f->sl = arena_alloc(a, (f->nstr + 1) * sizeof *f->sl);
    f->interned = arena_alloc(a, (f->nstr + 1) * sizeof *f->interned);
    for (size_t i = 0; i < f->nstr; i++) {
        f->sl[i] = (uint32_t)get_uv(&r);
        f->sp[i] = r.p;
        r.p += f->sl[i];
    }
    uint64_t pk = get_uv(&r);
    f->pkgname = pk ? file_string(f, pk - 1) : NULL;
    f->ndecls = (size_t)get_uv(&r);
    f->next = r.p;
    f->end = r.end;
    return f->pkgname != NULL && r.p <= r.end;
}

int ast_file_next(AstFile *f, AstDecl *d)
{
    if (f->next >= f->end)
        return 0;
    Rd r = {f->next, f->end};
    memset(d, 0, sizeof *d);
    d->file = f;
    d->kind = (AstDeclKind)get_uv(&r);
    d->nnames = (int)get_uv(&r);
    if (d->nnames) {
        d->names = arena_alloc(f->arena, (size_t)d->nnames * sizeof *d->names);
        d->pos = arena_alloc(f->arena, (size_t)d->nnames * sizeof *d->pos);
    }
    for (int i = 0; i < d->nnames; i++) {
        d->names[i] = file_string(f, get_uv(&r));
        d->pos[i].line = (int)get_uv(&r);
        d->pos[i].col = (int)get_uv(&r);
    }
    if (d->kind == ADK_METHOD) {
        uint64_t k = get_uv(&r);
        d->recv = k ? file_string(f, k - 1) : NULL;
    }
    d->len = (size_t)get_uv(&r);
    d->data = r.p;
    f->next = r.p + d->len;
    return f->next <= f->end;
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

Node *ast_decode_decl(const AstDecl *d)
{
    AstFile *f = d->file;
    Arena *a = f->arena;
    Rd r = {d->data, d->data + d->len};
    size_t n = (size_t)get_uv(&r);
    if (!n)
        return NULL;
    Node *nodes = arena_alloc(a, n * sizeof *nodes);     /* zeroed */
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
        x->name = s ? file_string(f, s - 1) : NULL;
        x->len = (int)get_sv(&r);
        x->iota = get_sv(&r);
    }
    return &nodes[0];
}
