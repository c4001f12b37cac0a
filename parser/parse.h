/*
 * parse.h — the bison parser's entry point and its shared state.
 *
 * Parser ties the re2c lexer to the bison grammar (go.y). Between the two
 * sits the one piece of context Go's grammar needs that LALR(1) cannot see:
 * whether a '{' opens the body of an if/for/switch/select or belongs to the
 * header's expression (a composite literal, a func literal, a struct type).
 * As in Go's old yacc grammar, the lexer side reports a body brace as the
 * token LBODY: after the keyword, the first '{' outside any ( ) or [ ] is
 * LBODY; grammar rules that consume an LBODY as an ordinary brace re-arm the
 * state (parser_fix_lbrace) so the next brace is the body again. This gives
 * Go's rule: T{} needs parentheses in a header, []T{} and func(){} do not.
 */
#ifndef GOLITE_PARSE_H
#define GOLITE_PARSE_H

#include "lexer/lexer.h"
#include "parser/ast.h"
#include "util/diag.h"
#include "util/intern.h"

typedef struct Parser {
    Lexer lx;
    Arena *arena;
    Interner *in;
    Diag *diag;
    Node *file;
    int loophack;           /* 1: the next '{' outside brackets is a body */
    int *hackstack;         /* saved loophack per open ( or [ */
    int hackdepth, hackcap;
    Token last, prev, prev2;/* last tokens handed to bison, for error text */
    Token decl_start;       /* first token of the current top-level declaration */
    int decl_kw;            /* inside "var x" / "const x" before = */
    int skip_decls;         /* skip to the next top-level declaration keyword */
    Token pending;          /* a token read ahead while skipping */
    int has_pending;
    int skip_func;          /* skip the rest of the function after an error in it */
    int close_blocks;       /* blocks bison still has open at that error */
    int synth_semi, synth_rbraces;  /* synthetic tokens still to hand bison */
    Token synth_tok;        /* position for them: the function's closing brace */
    TokenKind header_kw;    /* keyword of the latest if/for/switch/select header */
    int *ctxstack;          /* what each open ( [ { belongs to: CTX_* */
    int ctxdepth, ctxcap;
    int closed;             /* the context of the bracket closed last */
    int func_pending;       /* 1 + depth at which a func body brace is due, or 0 */
    int nsyntax;            /* syntax errors reported */
    int last_err_line;      /* go reports at most one syntax error per line */
} Parser;

enum { CTX_TOP, CTX_PARAMS, CTX_ARGS, CTX_BRACK, CTX_BLOCK, CTX_COMPOSITE, CTX_STRUCT, CTX_IFACE, CTX_GROUP };

/* Parses one source file. Returns the N_FILE node, or NULL when syntax
 * errors were reported (they are in diag). */
Node *parse_file(const char *filename, const char *src, size_t len,
                 Arena *arena, Interner *in, Diag *diag);

/* The same for source whose first line is line first_line of its file (a
 * standard function's body parsed on its own: compiler/stdpkg.c). */
Node *parse_file_at(const char *filename, const char *src, size_t len,
                    Arena *arena, Interner *in, Diag *diag, int first_line);

/* The same, but returns the tree bison recovered even after syntax errors
 * (NULL only if parsing was abandoned); *nsyntax counts the syntax errors. Parts
 * of a recovered tree that contain an error may be incomplete. */
Node *parse_file_tree(const char *filename, const char *src, size_t len,
                      Arena *arena, Interner *in, Diag *diag, int *nsyntax);

/* Used by the grammar actions. */
void parser_fix_lbrace(Parser *p, int tok);
void parser_error(Parser *p, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
