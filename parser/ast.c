/*
 * ast.c — node construction, go's short source form of expressions, and the
 * tree dump behind `golite ast`.
 */
#include "parser/ast.h"

#include <string.h>

const char *const node_kind_name[N__COUNT] = {
#define NODE(name, str) str,
#include "parser/ast.def"
#undef NODE
};

Node *node_new(Arena *a, NodeKind kind, Pos pos)
{
    Node *n = arena_alloc(a, sizeof *n);
    n->kind = kind;
    n->pos = pos;
    return n;
}

void list_add(Arena *a, NodeList *l, Node *n)
{
    if (l->n == l->cap) {
        int cap = l->cap ? 2 * l->cap : 4;
        Node **v = arena_alloc(a, (size_t)cap * sizeof *v);
        if (l->n)
            memcpy(v, l->v, (size_t)l->n * sizeof *v);
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = n;
}

Pos ast_start(const Node *n)
{
    for (;;) {
        switch (n->kind) {
        case N_BINARY: case N_SELECTOR: case N_INDEX: case N_SLICE:
        case N_TYPEASSERT: case N_KEYVALUE:
            n = n->x;
            break;
        case N_CALL:
            n = n->x;
            break;
        case N_COMPOSITE:
            if (!n->x)
                return n->pos;
            n = n->x;
            break;
        default:
            return n->pos;
        }
    }
}

/* Expression printing, after cmd/compile/internal/syntax's printer in
 * ShortForm: bodies and element lists shrink to "…". */

static void print_list(Buf *b, const NodeList *l, const char *sep)
{
    for (int i = 0; i < l->n; i++) {
        if (i)
            buf_puts(b, sep);
        ast_expr_string(b, l->v[i]);
    }
}

static void print_fields(Buf *b, const NodeList *l)
{
    for (int i = 0; i < l->n; i++) {
        const Node *f = l->v[i];
        if (i)
            buf_puts(b, ", ");
        if (f->list.n) {
            print_list(b, &f->list, ", ");
            buf_putc(b, ' ');
        }
        ast_expr_string(b, f->x);
    }
}

static void print_signature(Buf *b, const Node *ft)
{
    buf_putc(b, '(');
    print_fields(b, &ft->list);
    buf_putc(b, ')');
    const NodeList *r = &ft->list2;
    if (r->n == 0)
        return;
    buf_putc(b, ' ');
    if (r->n == 1 && r->v[0]->list.n == 0) {
        ast_expr_string(b, r->v[0]->x);
        return;
    }
    buf_putc(b, '(');
    print_fields(b, r);
    buf_putc(b, ')');
}

static const char *op_text(int op)
{
    return token_text[op];
}

void ast_expr_string(Buf *b, const Node *n)
{
    if (!n) {
        return;
    }
    switch (n->kind) {
    case N_BAD:
        buf_puts(b, "BadExpr");
        break;
    case N_IDENT:
    case N_BASICLIT:
        buf_add(b, n->name, (size_t)n->len);
        break;
    case N_COMPOSITE:
        ast_expr_string(b, n->x);
        buf_puts(b, n->list.n ? "{…}" : "{}");
        break;
    case N_KEYVALUE:
        ast_expr_string(b, n->x);
        buf_puts(b, ": ");
        ast_expr_string(b, n->y);
        break;
    case N_FUNCLIT:
        ast_expr_string(b, n->x);
        buf_puts(b, " {…}");
        break;
    case N_PAREN:
        buf_putc(b, '(');
        ast_expr_string(b, n->x);
        buf_putc(b, ')');
        break;
    case N_SELECTOR:
        ast_expr_string(b, n->x);
        buf_putc(b, '.');
        ast_expr_string(b, n->y);
        break;
    case N_INDEX:
        ast_expr_string(b, n->x);
        buf_putc(b, '[');
        ast_expr_string(b, n->y);
        buf_putc(b, ']');
        break;
    case N_SLICE:
        ast_expr_string(b, n->x);
        buf_putc(b, '[');
        ast_expr_string(b, n->y);
        buf_putc(b, ':');
        ast_expr_string(b, n->z);
        if (n->flags & NF_SLICE3) {
            buf_putc(b, ':');
            ast_expr_string(b, n->w);
        }
        buf_putc(b, ']');
        break;
    case N_TYPEASSERT:
        ast_expr_string(b, n->x);
        buf_puts(b, ".(");
        if (n->y)
            ast_expr_string(b, n->y);
        else
            buf_puts(b, "type");
        buf_putc(b, ')');
        break;
    case N_CALL:
        ast_expr_string(b, n->x);
        buf_putc(b, '(');
        print_list(b, &n->list, ", ");
        if (n->flags & NF_DOTS)
            buf_puts(b, "...");
        buf_putc(b, ')');
        break;
    case N_STAR:
        buf_putc(b, '*');
        ast_expr_string(b, n->x);
        break;
    case N_UNARY:
        buf_puts(b, op_text(n->op));
        ast_expr_string(b, n->x);
        break;
    case N_BINARY:
        ast_expr_string(b, n->x);
        buf_printf(b, " %s ", op_text(n->op));
        ast_expr_string(b, n->y);
        break;
    case N_ARRAYTYPE:
        buf_putc(b, '[');
        if (n->x->kind == N_ELLIPSIS)
            buf_puts(b, "...");
        else
            ast_expr_string(b, n->x);
        buf_putc(b, ']');
        ast_expr_string(b, n->y);
        break;
    case N_SLICETYPE:
        buf_puts(b, "[]");
        ast_expr_string(b, n->y);
        break;
    case N_ELLIPSIS:
        buf_puts(b, "...");
        ast_expr_string(b, n->x);
        break;
    case N_STRUCTTYPE:
        buf_puts(b, n->list.n ? "struct{…}" : "struct{}");
        break;
    case N_IFACETYPE:
        buf_puts(b, n->list.n ? "interface{…}" : "interface{}");
        break;
    case N_FUNCTYPE:
        buf_puts(b, "func");
        print_signature(b, n);
        break;
    case N_MAPTYPE:
        buf_puts(b, "map[");
        ast_expr_string(b, n->x);
        buf_putc(b, ']');
        ast_expr_string(b, n->y);
        break;
    case N_CHANTYPE:
        buf_puts(b, n->op == CHAN_RECV ? "<-chan " : n->op == CHAN_SEND ? "chan<- " : "chan ");
        if (n->op != CHAN_RECV && n->x->kind == N_CHANTYPE && n->x->op == CHAN_RECV) {
            buf_putc(b, '(');
            ast_expr_string(b, n->x);
            buf_putc(b, ')');
        } else {
            ast_expr_string(b, n->x);
        }
        break;
    default:
        ast_stmt_string(b, n);
        break;
    }
}

void ast_stmt_string(Buf *b, const Node *n)
{
    switch (n->kind) {
    case N_EXPRSTMT:
        ast_expr_string(b, n->x);
        break;
    case N_SEND:
        ast_expr_string(b, n->x);
        buf_puts(b, " <- ");
        ast_expr_string(b, n->y);
        break;
    case N_INCDEC:
        ast_expr_string(b, n->x);
        buf_puts(b, n->op == TK_INC ? "++" : "--");
        break;
    case N_ASSIGN:
        print_list(b, &n->list, ", ");
        if (n->op == TK_ASSIGN || n->op == TK_DEFINE)
            buf_printf(b, " %s ", token_text[n->op]);
        else
            buf_printf(b, " %s= ", token_text[n->op]);
        print_list(b, &n->list2, ", ");
        break;
    default:
        buf_printf(b, "%s", node_kind_name[n->kind]);
        break;
    }
}

/* The dump: one node per line, children indented, labelled by field. */

static void dump(FILE *f, const Node *n, int depth, const char *label);

static void dump_list(FILE *f, const NodeList *l, int depth, const char *label)
{
    for (int i = 0; i < l->n; i++)
        dump(f, l->v[i], depth, label);
}

static void dump(FILE *f, const Node *n, int depth, const char *label)
{
    if (!n)
        return;
    fprintf(f, "%*s%s%s%s %d:%d", 2 * depth, "", label, *label ? ": " : "",
            node_kind_name[n->kind], n->pos.line, n->pos.col);
    if (n->name)
        fprintf(f, " %.*s", n->len, n->name);
    switch (n->kind) {
    case N_UNARY: case N_BINARY: case N_INCDEC: case N_BRANCH: case N_GENDECL:
    case N_VALUESPEC:
        fprintf(f, " %s", token_text[n->op]);
        break;
    case N_ASSIGN:
        fprintf(f, " %s%s", token_text[n->op],
                n->op == TK_ASSIGN || n->op == TK_DEFINE ? "" : "=");
        break;
    case N_RANGE:
        if (n->op)
            fprintf(f, " %s", token_text[n->op]);
        break;
    case N_CHANTYPE:
        fprintf(f, " %s", n->op == CHAN_SEND ? "send" : n->op == CHAN_RECV ? "recv" : "both");
        break;
    default:
        break;
    }
    if (n->kind == N_VALUESPEC && n->op == TK_CONST)
        fprintf(f, " iota=%lld", (long long)n->iota);
    static const struct { int bit; const char *name; } flags[] = {
        { NF_SLICE3, "slice3" }, { NF_DOTS, "dots" }, { NF_EMBEDDED, "embedded" },
        { NF_VARIADIC, "variadic" }, { NF_DEFAULT, "default" }, { NF_ALIAS, "alias" },
        { NF_IMPLICIT, "implicit" },
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (n->flags & flags[i].bit)
            fprintf(f, " [%s]", flags[i].name);
    fputc('\n', f);
    if (n->flags & NF_IMPLICIT) {
        dump_list(f, &n->list, depth + 1, "name");
        return;     /* type and values are shared with the spec above */
    }
    dump(f, n->x, depth + 1, "x");
    dump(f, n->y, depth + 1, "y");
    dump(f, n->z, depth + 1, "z");
    dump(f, n->w, depth + 1, "w");
    dump_list(f, &n->list, depth + 1, "list");
    dump_list(f, &n->list2, depth + 1, "list2");
}

void ast_dump(FILE *f, const Node *n)
{
    dump(f, n, 0, "");
}
