/*
 * parse.c — the parser's entry point and the node builders the grammar
 * actions use. Grouping of parameter lists, switch/type-switch recognition
 * and the header checks live here so go.y stays a grammar.
 */
#include "parser/parse_priv.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "go.tab.h"

void parser_error(Parser *p, Pos pos, const char *fmt, ...)
{
    /* go's parser reports at most one syntax error per line */
    if (pos.line == p->last_err_line)
        return;
    p->last_err_line = pos.line;
    p->nsyntax++;
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvasprintf(fmt, ap);
    va_end(ap);
    diag_error(p->diag, pos, "syntax error: %s", msg);
    free(msg);
}

Node *mk(Parser *p, NodeKind k, Pos pos)
{
    return node_new(p->arena, k, pos);
}

Node *mk_ident(Parser *p, Tok t)
{
    Node *n = mk(p, N_IDENT, t.pos);
    n->name = t.lit;
    n->len = t.len;
    return n;
}

Node *mk_lit(Parser *p, Tok t, int tk)
{
    Node *n = mk(p, N_BASICLIT, t.pos);
    n->op = tk;
    if (t.bad)
        n->flags |= NF_BADLIT;
    n->name = t.lit;
    n->len = t.len;
    return n;
}

Node *mk_unary(Parser *p, Tok op, int tk, Node *x)
{
    Node *n = mk(p, N_UNARY, op.pos);
    n->op = tk;
    n->x = x;
    return n;
}

Node *mk_binary(Parser *p, Tok op, int tk, Node *x, Node *y)
{
    Node *n = mk(p, N_BINARY, op.pos);
    n->op = tk;
    n->x = x;
    n->y = y;
    return n;
}

Node *mk_block(Parser *p, Pos lbrace, NodeList stmts, Pos rbrace)
{
    Node *n = mk(p, N_BLOCK, lbrace);
    n->list = stmts;
    n->pos2 = rbrace;
    return n;
}

NodeList list1(Parser *p, Node *n)
{
    NodeList l = {0};
    list_add(p->arena, &l, n);
    return l;
}

NodeList listadd(Parser *p, NodeList l, Node *n)
{
    list_add(p->arena, &l, n);
    return l;
}

/*
 * Go's parameter grouping: in "a, b int, c string" the bare names a and b
 * take the type that follows them. If no entry has a name, every entry is a
 * type. Mixing named and unnamed entries any other way is an error.
 */
NodeList fix_params(Parser *p, NodeList raw, int *variadic)
{
    int named = 0;
    for (int i = 0; i < raw.n; i++)
        if (raw.v[i]->list.n > 0)
            named++;
    if (named > 0 && named < raw.n) {
        Node *typ = NULL;
        for (int i = raw.n - 1; i >= 0; i--) {
            Node *f = raw.v[i];
            if (f->list.n > 0) {
                typ = f->x;
            } else if (f->x->kind == N_IDENT && typ) {
                f->list = list1(p, f->x);
                f->x = typ;
            } else {
                parser_error(p, f->pos, "mixed named and unnamed parameters");
                break;
            }
        }
    }
    for (int i = 0; i < raw.n; i++)
        if (raw.v[i]->x && raw.v[i]->x->kind == N_ELLIPSIS && i == raw.n - 1)
            *variadic = 1;
    return raw;
}

Node *mk_functype(Parser *p, Pos pos, NodeList params, NodeList results)
{
    int variadic = 0, dummy = 0;
    Node *n = mk(p, N_FUNCTYPE, pos);
    n->list = fix_params(p, params, &variadic);
    n->list2 = fix_params(p, results, &dummy);
    if (variadic)
        n->flags |= NF_VARIADIC;
    return n;
}

static int is_type_guard(Node *x)
{
    return x && x->kind == N_TYPEASSERT && x->y == NULL;
}

/* A clause that ends with a label, another clause following: go's parser
 * finds no statement after the label ("L: }" and "L: ;" have one: empty). */
void check_clause_labels(Parser *p, NodeList clauses)
{
    for (int i = 0; i + 1 < clauses.n; i++) {
        NodeList *body = &clauses.v[i]->list2;
        Node *last = body->n ? body->v[body->n - 1] : NULL;
        if (last && last->kind == N_LABELED && last->y && last->y->kind == N_EMPTY &&
            (last->y->flags & NF_IMPLICIT))
            parser_error(p, last->y->pos, "missing statement after label");
    }
}

Node *mk_switch(Parser *p, Pos pos, Node *init, Node *tag, NodeList clauses, Pos rbrace)
{
    Node *n;
    if (tag && tag->kind == N_EXPRSTMT && is_type_guard(tag->x)) {
        n = mk(p, N_TYPESWITCH, pos);
        n->z = tag->x;
    } else if (tag && tag->kind == N_ASSIGN && tag->op == TK_DEFINE && tag->list2.n == 1 &&
               is_type_guard(tag->list2.v[0])) {
        n = mk(p, N_TYPESWITCH, pos);
        if (tag->list.n != 1 || tag->list.v[0]->kind != N_IDENT)
            parser_error(p, tag->pos, "invalid variable name in type switch");
        n->y = tag->list.v[0];
        n->z = tag->list2.v[0];
    } else {
        n = mk(p, N_SWITCH, pos);
        n->y = header_cond(p, tag, "switch", pos);
    }
    n->x = init;
    n->list = clauses;
    n->pos2 = rbrace;
    for (int i = 0; i < clauses.n; i++)
        if (clauses.v[i]->x)
            parser_error(p, clauses.v[i]->x->pos, "unexpected %s, expecting :",
                         clauses.v[i]->x->op == TK_DEFINE ? ":=" : "=");
    return n;
}

Node *header_cond(Parser *p, Node *s, const char *what, Pos kw)
{
    if (!s)
        return NULL;
    if (s->kind == N_EXPRSTMT)
        return s->x;
    Buf b = {0};
    if (s->kind == N_ASSIGN && s->op == TK_ASSIGN) {
        /* go emphasises the sides of a mistaken '=' */
        Buf l = {0}, r = {0};
        for (int i = 0; i < s->list.n; i++) {
            if (i) buf_puts(&l, ", ");
            ast_expr_string(&l, s->list.v[i]);
        }
        for (int i = 0; i < s->list2.n; i++) {
            if (i) buf_puts(&r, ", ");
            ast_expr_string(&r, s->list2.v[i]);
        }
        buf_printf(&b, "assignment (%s) = (%s)", l.s, r.s);
        buf_free(&l);
        buf_free(&r);
    } else {
        ast_stmt_string(&b, s);
    }
    parser_error(p, ast_start(s), "cannot use %s as value", b.s);
    buf_free(&b);
    return mk(p, N_BAD, s->pos);
}

Node *call_stmt(Parser *p, NodeKind k, Pos pos, Node *x, const char *what)
{
    Node *n = mk(p, k, pos);
    if (x->kind == N_PAREN) {
        diag_error(p->diag, x->pos, "expression in %s must not be parenthesized", what);
        while (x->kind == N_PAREN)
            x = x->x;
    }
    if (x->kind != N_CALL)
        diag_error(p->diag, ast_start(x), "expression in %s must be function call", what);
    n->x = x;
    return n;
}

Node *mk_range(Parser *p, Pos pos, int op, NodeList lhs, Node *x)
{
    Node *n = mk(p, N_RANGE, pos);
    n->op = op;
    if (lhs.n > 0)
        n->x = lhs.v[0];
    if (lhs.n > 1)
        n->y = lhs.v[1];
    if (lhs.n > 2)      /* the checker reports them (types2, once it knows the range type) */
        for (int i = 2; i < lhs.n; i++)
            list_add(p->arena, &n->list, lhs.v[i]);
    n->z = x;
    return n;
}

/*
 * Const groups: each spec gets its index as iota, and a spec with neither
 * type nor values repeats the previous spec's type and expressions (the
 * checker evaluates them again with the new iota).
 */
void set_iota(Parser *p, NodeList specs)
{
    Node *prev = NULL;
    for (int i = 0; i < specs.n; i++) {
        Node *s = specs.v[i];
        s->iota = i;
        if (s->list2.n == 0 && !s->x && prev) {
            s->x = prev->x;
            s->list2 = prev->list2;
            s->flags |= NF_IMPLICIT;
        } else if (s->list2.n > 0) {
            prev = s;
        }
    }
}

static Node *parse_tree_at(const char *filename, const char *src, size_t len, Arena *arena,
                           Interner *in, Diag *diag, int *nsyntax, int first_line);

Node *parse_file(const char *filename, const char *src, size_t len,
                 Arena *arena, Interner *in, Diag *diag)
{
    int nsyntax;
    Node *file = parse_tree_at(filename, src, len, arena, in, diag, &nsyntax, 1);
    return nsyntax > 0 ? NULL : file;
}

Node *parse_file_at(const char *filename, const char *src, size_t len,
                    Arena *arena, Interner *in, Diag *diag, int first_line)
{
    int nsyntax;
    Node *file = parse_tree_at(filename, src, len, arena, in, diag, &nsyntax, first_line);
    return nsyntax > 0 ? NULL : file;
}

Node *parse_file_tree(const char *filename, const char *src, size_t len,
                      Arena *arena, Interner *in, Diag *diag, int *nsyntax)
{
    return parse_tree_at(filename, src, len, arena, in, diag, nsyntax, 1);
}

static Node *parse_tree_at(const char *filename, const char *src, size_t len, Arena *arena,
                           Interner *in, Diag *diag, int *nsyntax, int first_line)
{
    Parser p;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    p.in = in;
    p.diag = diag;
    lex_init(&p.lx, filename, src, len, diag);
    p.lx.line = first_line;
    int rc = yyparse(&p);
    free(p.hackstack);
    free(p.ctxstack);
    /* as in go, lexical errors alone do not stop type checking; syntax errors do */
    *nsyntax = p.nsyntax + (rc != 0 && p.nsyntax == 0);
    return rc != 0 ? NULL : p.file;
}
