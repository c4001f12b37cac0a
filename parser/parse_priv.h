/*
 * parse_priv.h — helpers shared by the grammar actions (go.y) and parse.c.
 * Not for use outside parser/.
 */
#ifndef GOLITE_PARSE_PRIV_H
#define GOLITE_PARSE_PRIV_H

#include "parser/parse.h"

/* The semantic value of a token. */
typedef struct Tok {
    Pos pos;
    const char *lit;    /* interned text for names and literals, else NULL */
    int len;
    int op;             /* TK_OP_ASSIGN: the operator */
    int bad;            /* a literal with a lexical error (already reported) */
} Tok;

Node *mk(Parser *p, NodeKind k, Pos pos);
Node *mk_ident(Parser *p, Tok t);
Node *mk_lit(Parser *p, Tok t, int tk);
Node *mk_unary(Parser *p, Tok op, int tk, Node *x);
Node *mk_binary(Parser *p, Tok op, int tk, Node *x, Node *y);
Node *mk_block(Parser *p, Pos lbrace, NodeList stmts, Pos rbrace);
void check_clause_labels(Parser *p, NodeList clauses);
NodeList list1(Parser *p, Node *n);
NodeList listadd(Parser *p, NodeList l, Node *n);
/* Turns a raw parameter list (FIELD nodes with 0 or 1 name) into Go's grouped
 * form, reporting mixed named and unnamed parameters. */
NodeList fix_params(Parser *p, NodeList raw, int *variadic);
/* Builds a FUNCTYPE from parameter and result lists. */
Node *mk_functype(Parser *p, Pos pos, NodeList params, NodeList results);
/* Builds switch or type switch from header pieces. */
Node *mk_switch(Parser *p, Pos pos, Node *init, Node *tag, NodeList clauses, Pos rbrace);
/* if/for/switch header: reports a missing condition or a bad simple statement. */
Node *header_cond(Parser *p, Node *s, const char *what, Pos kw);
Node *call_stmt(Parser *p, NodeKind k, Pos pos, Node *x, const char *what);
Node *mk_range(Parser *p, Pos pos, int op, NodeList lhs, Node *x);
void set_iota(Parser *p, NodeList specs);

#endif
