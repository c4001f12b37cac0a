/*
 * go.y — Go 1.19's syntax as an LALR(1) grammar for bison.
 *
 * The shape follows the yacc grammar Go's own compiler used until Go 1.5:
 * expressions and types share productions where Go's syntax lets a type
 * stand in an expression (conversions, composite literals, make/new
 * arguments), parameter lists are parsed as a flat list and grouped after
 * (fix_params), and the body brace of if/for/switch/select arrives as the
 * token T_LBODY (see parse.h for how the lexer glue decides). Rules that can
 * consume an LBODY as an ordinary brace call parser_fix_lbrace so that the
 * real body brace after them is an LBODY again.
 *
 * Every action builds AST nodes (ast.def says what each field means); no
 * semantic checks happen here beyond what Go's parser itself reports.
 */
%define api.pure full
%define parse.error custom
%define parse.lac full
%param {Parser *p}
/* Two shift/reduce conflicts, both resolved by shifting: an import after the imports
 * stays an import (then reported as misplaced), and in "chan pkg.T.m" the qualified
 * name binds before the method selector. */
%expect 2

%code top {
/* Go accepts deep nesting (thousands of else-ifs, parentheses, blocks); the parser
 * stack may grow to this many states (the front end runs on a large stack). */
#define YYMAXDEPTH 1000000
}

%code requires {
#include "parser/parse_priv.h"
}

%union {
    Tok tok;
    Node *node;
    NodeList list;
}

%code {
#include <string.h>
static int yylex(YYSTYPE *lval, Parser *p);
static int is_decl_keyword(TokenKind k);
static void yyerror(Parser *p, const char *msg)
{
    parser_error(p, p->last.pos, "%s", msg);
}
static Pos P(Tok t) { return t.pos; }
}

%token T_EOF 0 "EOF"
%token <tok> T_IDENT T_INT T_FLOAT T_IMAG T_CHAR T_STRING
%token <tok> T_BREAK T_CASE T_CHAN T_CONST T_CONTINUE T_DEFAULT T_DEFER T_ELSE
%token <tok> T_FALLTHROUGH T_FOR T_FUNC T_GO T_GOTO T_IF T_IMPORT T_INTERFACE
%token <tok> T_MAP T_PACKAGE T_RANGE T_RETURN T_SELECT T_STRUCT T_SWITCH T_TYPE T_VAR
%token <tok> T_ADD T_SUB T_MUL T_QUO T_REM T_AND T_OR T_XOR T_SHL T_SHR T_AND_NOT
%token <tok> T_LAND T_LOR T_ARROW T_EQL T_NEQ T_LSS T_LEQ T_GTR T_GEQ T_NOT T_TILDE
%token <tok> T_ASSIGN T_OP_ASSIGN T_DEFINE T_INC T_DEC
%token <tok> T_LPAREN T_RPAREN T_LBRACK T_RBRACK T_LBRACE T_RBRACE T_COMMA T_PERIOD
%token <tok> T_SEMICOLON T_COLON T_ELLIPSIS
%token <tok> T_LBODY

%type <node> package_clause import_spec xdcl common_dcl vardcl constdcl typedcl funcdecl
%type <node> fnbody fntype fnliteral stmt compound_stmt non_dcl_stmt simple_stmt osimple_stmt
%type <node> if_stmt else_part for_stmt range_stmt switch_stmt select_stmt loop_body caseblock case
%type <node> expr uexpr pexpr pexpr_no_paren pseudocall literal name sym oexpr
%type <node> expr_or_type non_expr_type ntype non_recvchantype convtype comptype fnret_type
%type <node> dotname othertype ptrtype recvchantype structtype interfacetype structdcl embed
%type <node> interfacedcl arg dotdotdot complitexpr keyval oliteral onew_name tparam
%type <list> import_spec_list imports import xdcl_list vardcl_list constdcl_list typedcl_list
%type <list> stmt_list caseblock_list expr_list expr_or_type_list oexpr_list name_list
%type <list> params arg_list fnres structdcl_list interfacedcl_list keyval_list braced_keyval_list
%type <list> tparams tparam_list
%type <tok> lbrace

%left T_ARROW
%left T_LOR
%left T_LAND
%left T_EQL T_NEQ T_LSS T_LEQ T_GTR T_GEQ
%left T_ADD T_SUB T_OR T_XOR
%left T_MUL T_QUO T_REM T_AND T_SHL T_SHR T_AND_NOT

%precedence NotParen
%precedence T_LPAREN

%%

file:
    package_clause imports xdcl_list
    {
        Node *f = mk(p, N_FILE, $1 ? $1->pos : (Pos){1, 1});
        f->x = $1;
        f->list = $2;
        for (int i = 0; i < $3.n; i++)
            list_add(p->arena, &f->list, $3.v[i]);
        p->file = f;
    }
;

package_clause:
    T_PACKAGE sym T_SEMICOLON       { $$ = $2; }
|   %empty
    {
        parser_error(p, p->last.pos, "package statement must be first");
        $$ = NULL;
        YYABORT;
    }
;

imports:
    %empty                          { $$ = (NodeList){0}; }
|   imports import T_SEMICOLON
    {
        $$ = $1;
        for (int i = 0; i < $2.n; i++)
            $$ = listadd(p, $$, $2.v[i]);
    }
;

import:
    T_IMPORT import_spec
    {
        Node *d = mk(p, N_GENDECL, P($1));
        d->op = TK_IMPORT;
        list_add(p->arena, &d->list, $2);
        $$ = list1(p, d);
    }
|   T_IMPORT T_LPAREN import_spec_list osemi T_RPAREN
    {
        Node *d = mk(p, N_GENDECL, P($1));
        d->op = TK_IMPORT;
        d->list = $3;
        $$ = list1(p, d);
    }
|   T_IMPORT T_LPAREN T_RPAREN
    {
        Node *d = mk(p, N_GENDECL, P($1));
        d->op = TK_IMPORT;
        $$ = list1(p, d);
    }
;

import_spec:
    T_STRING
    { $$ = mk(p, N_IMPORT, P($1)); $$->y = mk_lit(p, $1, TK_STRING); }
|   sym T_STRING
    { $$ = mk(p, N_IMPORT, $1->pos); $$->x = $1; $$->y = mk_lit(p, $2, TK_STRING); }
|   T_PERIOD T_STRING
    {
        $$ = mk(p, N_IMPORT, P($1));
        Tok dot = $1;
        dot.lit = intern_cstr(p->in, ".");
        dot.len = 1;
        $$->x = mk_ident(p, dot);
        $$->y = mk_lit(p, $2, TK_STRING);
    }
;

import_spec_list:
    import_spec                                 { $$ = list1(p, $1); }
|   import_spec_list T_SEMICOLON import_spec    { $$ = listadd(p, $1, $3); }
;

xdcl_list:
    %empty                          { $$ = (NodeList){0}; }
|   xdcl_list xdcl T_SEMICOLON
    {
        /* a declaration ended after tokens were consumed: errors may be reported again */
        $$ = $2 ? listadd(p, $1, $2) : $1;
        yyerrok;
    }
;

xdcl:
    %empty                          { $$ = NULL; }
|   common_dcl
|   funcdecl
|   non_dcl_stmt
    {
        /* a statement that began a top-level declaration; one met while still
           inside a declaration is the remains of an earlier error's recovery */
        Pos start = ast_start($1->kind == N_EXPRSTMT ? $1->x : $1);
        if ($1->kind == N_EXPRSTMT && $1->x->kind == N_FUNCLIT && p->decl_start.kind == TK_FUNC &&
            start.line == p->decl_start.pos.line && start.col == p->decl_start.pos.col)
            /* "func (r T) {": a method without its name */
            parser_error(p, $1->x->y->pos, "unexpected {, expecting name or (");
        else if (!is_decl_keyword(p->decl_start.kind) ||
            (start.line == p->decl_start.pos.line && start.col == p->decl_start.pos.col))
            parser_error(p, p->decl_start.pos, "non-declaration statement outside function body");
        p->skip_decls = 1;
        $$ = NULL;
    }
|   import
    {
        parser_error(p, $1.v[0]->pos, "non-declaration statement outside function body");
        p->skip_decls = 1;
        $$ = NULL;
    }
|   error                           { $$ = NULL; }
;

common_dcl:
    T_VAR vardcl
    { $$ = mk(p, N_GENDECL, P($1)); $$->op = TK_VAR; $$->list = list1(p, $2); }
|   T_VAR T_LPAREN vardcl_list osemi T_RPAREN
    { $$ = mk(p, N_GENDECL, P($1)); $$->op = TK_VAR; $$->list = $3; }
|   T_VAR T_LPAREN T_RPAREN
    { $$ = mk(p, N_GENDECL, P($1)); $$->op = TK_VAR; }
|   T_CONST constdcl
    {
        $$ = mk(p, N_GENDECL, P($1)); $$->op = TK_CONST; $$->list = list1(p, $2);
        set_iota(p, $$->list);
    }
|   T_CONST T_LPAREN constdcl_list osemi T_RPAREN
    {
        $$ = mk(p, N_GENDECL, P($1)); $$->op = TK_CONST; $$->list = $3;
        set_iota(p, $$->list);
    }
|   T_CONST T_LPAREN T_RPAREN
    { $$ = mk(p, N_GENDECL, P($1)); $$->op = TK_CONST; }
|   T_TYPE typedcl
    { $$ = mk(p, N_GENDECL, P($1)); $$->op = TK_TYPE; $$->list = list1(p, $2); }
|   T_TYPE T_LPAREN typedcl_list osemi T_RPAREN
    { $$ = mk(p, N_GENDECL, P($1)); $$->op = TK_TYPE; $$->list = $3; }
|   T_TYPE T_LPAREN T_RPAREN
    { $$ = mk(p, N_GENDECL, P($1)); $$->op = TK_TYPE; }
;

vardcl:
    name_list ntype
    { $$ = mk(p, N_VALUESPEC, $1.v[0]->pos); $$->op = TK_VAR; $$->list = $1; $$->x = $2; }
|   name_list ntype T_ASSIGN expr_list
    {
        $$ = mk(p, N_VALUESPEC, $1.v[0]->pos); $$->op = TK_VAR;
        $$->list = $1; $$->x = $2; $$->list2 = $4;
    }
|   name_list T_ASSIGN expr_list
    { $$ = mk(p, N_VALUESPEC, $1.v[0]->pos); $$->op = TK_VAR; $$->list = $1; $$->list2 = $3; }
;

vardcl_list:
    vardcl                          { $$ = list1(p, $1); }
|   vardcl_list T_SEMICOLON vardcl  { $$ = listadd(p, $1, $3); }
;

constdcl:
    name_list ntype T_ASSIGN expr_list
    {
        $$ = mk(p, N_VALUESPEC, $1.v[0]->pos); $$->op = TK_CONST;
        $$->list = $1; $$->x = $2; $$->list2 = $4;
    }
|   name_list T_ASSIGN expr_list
    { $$ = mk(p, N_VALUESPEC, $1.v[0]->pos); $$->op = TK_CONST; $$->list = $1; $$->list2 = $3; }
|   name_list ntype
    { $$ = mk(p, N_VALUESPEC, $1.v[0]->pos); $$->op = TK_CONST; $$->list = $1; $$->x = $2; }
|   name_list
    { $$ = mk(p, N_VALUESPEC, $1.v[0]->pos); $$->op = TK_CONST; $$->list = $1; }
;

constdcl_list:
    constdcl                            { $$ = list1(p, $1); }
|   constdcl_list T_SEMICOLON constdcl  { $$ = listadd(p, $1, $3); }
;

typedcl:
    sym ntype
    { $$ = mk(p, N_TYPESPEC, $1->pos); $$->x = $1; $$->y = $2; }
|   sym T_ASSIGN ntype
    { $$ = mk(p, N_TYPESPEC, $1->pos); $$->x = $1; $$->y = $3; $$->flags |= NF_ALIAS; }
|   sym T_LBRACK T_IDENT tfirst tgroups T_RBRACK ntype
    {
        /* type parameters: parsed so the rejection is one clear message */
        parser_error(p, P($3), "generic types are not supported yet");
        $$ = mk(p, N_TYPESPEC, $1->pos); $$->x = $1; $$->y = $7;
    }
|   sym T_LBRACK T_IDENT T_COMMA name_list tconstraint tgroups T_RBRACK ntype
    {
        parser_error(p, P($3), "generic types are not supported yet");
        $$ = mk(p, N_TYPESPEC, $1->pos); $$->x = $1; $$->y = $9;
    }
;

/* Type parameter constraints, only for the generics rejection above. The first term
 * may not start with '*', '(' or '[' so that "[N * M]T" stays an array type. */
tfirst:
    T_IDENT                         { }
|   T_IDENT T_PERIOD sym            { }
|   interfacetype                   { }
|   T_TILDE ntype                   { }
|   tfirst T_OR tterm               { }
;

tconstraint:
    tterm                           { }
|   tconstraint T_OR tterm          { }
;

tterm:
    ntype                           { }
|   T_TILDE ntype                   { }
;

tgroups:
    %empty                          { }
|   tgroups T_COMMA name_list tconstraint { }
;

typedcl_list:
    typedcl                             { $$ = list1(p, $1); }
|   typedcl_list T_SEMICOLON typedcl    { $$ = listadd(p, $1, $3); }
;

funcdecl:
    T_FUNC sym tparams T_LPAREN params T_RPAREN fnres fnbody
    {
        $$ = mk(p, N_FUNCDECL, P($1));
        $$->y = $2;
        $$->z = mk_functype(p, P($1), $5, $7);
        $$->w = $8;
        $$->list = $3;
        if ($3.n)
            parser_error(p, $3.v[0]->pos, "generic functions are not supported yet");
    }
|   T_FUNC T_LPAREN params T_RPAREN sym T_LPAREN params T_RPAREN fnres fnbody
    {
        $$ = mk(p, N_FUNCDECL, P($1));
        int variadic = 0;
        NodeList recv = fix_params(p, $3, &variadic);
        if (recv.n == 0)
            parser_error(p, $5->pos, "method has no receiver");
        else if (recv.n > 1 || recv.v[0]->list.n > 1)
            parser_error(p, $5->pos, "method has multiple receivers");
        else
            $$->x = recv.v[0];
        $$->y = $5;
        $$->z = mk_functype(p, P($1), $7, $9);
        $$->w = $10;
    }
;

tparams:
    %empty                          { $$ = (NodeList){0}; }
|   T_LBRACK tparam_list ocomma T_RBRACK { $$ = $2; }
;

tparam_list:
    tparam                          { $$ = list1(p, $1); }
|   tparam_list T_COMMA tparam      { $$ = listadd(p, $1, $3); }
;

tparam:
    sym                             { $$ = $1; }
|   sym ntype                       { $$ = $1; }
;

fnbody:
    %empty                          { $$ = NULL; }
|   T_LBRACE stmt_list T_RBRACE
    {
        $$ = mk_block(p, P($1), $2, P($3));
        yyerrok;
        p->ctxdepth = 0;    /* a function body closed: back at top level, whatever
                               the glue's bracket count says after error recovery */
    }
;

fntype:
    T_FUNC T_LPAREN params T_RPAREN fnres
    { $$ = mk_functype(p, P($1), $3, $5); }
;

fnres:
    %empty %prec NotParen           { $$ = (NodeList){0}; }
|   fnret_type
    {
        Node *f = mk(p, N_FIELD, $1->pos);
        f->x = $1;
        $$ = list1(p, f);
    }
|   T_LPAREN params T_RPAREN        { $$ = $2; }
;

fnliteral:
    fntype lbrace stmt_list T_RBRACE
    {
        $$ = mk(p, N_FUNCLIT, $1->pos);
        $$->x = $1;
        $$->y = mk_block(p, P($2), $3, P($4));
        parser_fix_lbrace(p, $2.op);
    }
;

params:
    %empty                          { $$ = (NodeList){0}; }
|   arg_list ocomma                 { $$ = $1; }
|   arg_list error                  { $$ = $1; /* go skips to the ')' and goes on */ }
|   error                           { $$ = (NodeList){0}; }
;

arg_list:
    arg                             { $$ = list1(p, $1); }
|   arg_list T_COMMA arg            { $$ = listadd(p, $1, $3); }
;

arg:
    ntype
    { $$ = mk(p, N_FIELD, $1->pos); $$->x = $1; }
|   sym ntype
    { $$ = mk(p, N_FIELD, $1->pos); $$->list = list1(p, $1); $$->x = $2; }
|   sym dotdotdot
    { $$ = mk(p, N_FIELD, $1->pos); $$->list = list1(p, $1); $$->x = $2; }
|   dotdotdot
    { $$ = mk(p, N_FIELD, $1->pos); $$->x = $1; }
;

dotdotdot:
    T_ELLIPSIS ntype                { $$ = mk(p, N_ELLIPSIS, P($1)); $$->x = $2; }
;

/* Types. */

ntype:
    recvchantype
|   fntype
|   othertype
|   ptrtype
|   dotname
|   T_LPAREN ntype T_RPAREN         { $$ = mk(p, N_PAREN, P($1)); $$->x = $2; }
;

non_expr_type:
    recvchantype
|   fntype
|   othertype
|   T_MUL non_expr_type             { $$ = mk(p, N_STAR, P($1)); $$->x = $2; }
;

non_recvchantype:
    fntype
|   othertype
|   ptrtype
|   dotname
|   T_LPAREN ntype T_RPAREN         { $$ = mk(p, N_PAREN, P($1)); $$->x = $2; }
;

convtype:
    fntype
|   othertype
;

comptype:
    othertype
;

fnret_type:
    recvchantype
|   fntype
|   othertype
|   ptrtype
|   dotname
;

dotname:
    name
|   name T_PERIOD sym
    { $$ = mk(p, N_SELECTOR, P($2)); $$->x = $1; $$->y = $3; }
;

othertype:
    T_LBRACK oexpr T_RBRACK ntype
    {
        if ($2) {
            $$ = mk(p, N_ARRAYTYPE, P($1)); $$->x = $2;
        } else {
            $$ = mk(p, N_SLICETYPE, P($1));
        }
        $$->y = $4;
    }
|   T_LBRACK T_ELLIPSIS T_RBRACK ntype
    {
        $$ = mk(p, N_ARRAYTYPE, P($1));
        $$->x = mk(p, N_ELLIPSIS, P($2));
        $$->y = $4;
    }
|   T_CHAN non_recvchantype
    { $$ = mk(p, N_CHANTYPE, P($1)); $$->op = CHAN_BOTH; $$->x = $2; }
|   T_CHAN T_ARROW ntype
    { $$ = mk(p, N_CHANTYPE, P($1)); $$->op = CHAN_SEND; $$->x = $3; }
|   T_MAP T_LBRACK ntype T_RBRACK ntype
    { $$ = mk(p, N_MAPTYPE, P($1)); $$->x = $3; $$->y = $5; }
|   structtype
|   interfacetype
;

ptrtype:
    T_MUL ntype                     { $$ = mk(p, N_STAR, P($1)); $$->x = $2; }
;

recvchantype:
    T_ARROW T_CHAN ntype
    { $$ = mk(p, N_CHANTYPE, P($1)); $$->op = CHAN_RECV; $$->x = $3; }
;

structtype:
    T_STRUCT lbrace structdcl_list osemi T_RBRACE
    { $$ = mk(p, N_STRUCTTYPE, P($1)); $$->list = $3; parser_fix_lbrace(p, $2.op); }
|   T_STRUCT lbrace T_RBRACE
    { $$ = mk(p, N_STRUCTTYPE, P($1)); parser_fix_lbrace(p, $2.op); }
|   T_STRUCT lbrace error T_RBRACE
    { $$ = mk(p, N_STRUCTTYPE, P($1)); parser_fix_lbrace(p, $2.op); }
;

interfacetype:
    T_INTERFACE lbrace interfacedcl_list osemi T_RBRACE
    { $$ = mk(p, N_IFACETYPE, P($1)); $$->list = $3; parser_fix_lbrace(p, $2.op); }
|   T_INTERFACE lbrace T_RBRACE
    { $$ = mk(p, N_IFACETYPE, P($1)); parser_fix_lbrace(p, $2.op); }
|   T_INTERFACE lbrace error T_RBRACE
    { $$ = mk(p, N_IFACETYPE, P($1)); parser_fix_lbrace(p, $2.op); }
;

structdcl_list:
    structdcl                               { $$ = list1(p, $1); }
|   structdcl_list T_SEMICOLON structdcl    { $$ = listadd(p, $1, $3); }
;

structdcl:
    name_list ntype oliteral
    { $$ = mk(p, N_FIELD, $1.v[0]->pos); $$->list = $1; $$->x = $2; $$->y = $3; }
|   embed oliteral
    { $$ = mk(p, N_FIELD, $1->pos); $$->x = $1; $$->y = $2; $$->flags |= NF_EMBEDDED; }
|   T_MUL embed oliteral
    {
        $$ = mk(p, N_FIELD, P($1));
        $$->x = mk(p, N_STAR, P($1));
        $$->x->x = $2;
        $$->y = $3;
        $$->flags |= NF_EMBEDDED;
    }
;

embed:
    T_IDENT                         { $$ = mk_ident(p, $1); }
|   T_IDENT T_PERIOD sym
    { $$ = mk(p, N_SELECTOR, P($2)); $$->x = mk_ident(p, $1); $$->y = $3; }
;

interfacedcl_list:
    interfacedcl                                { $$ = list1(p, $1); }
|   interfacedcl_list T_SEMICOLON interfacedcl  { $$ = listadd(p, $1, $3); }
;

interfacedcl:
    sym T_LPAREN params T_RPAREN fnres
    {
        $$ = mk(p, N_FIELD, $1->pos);
        $$->list = list1(p, $1);
        $$->x = mk_functype(p, P($2), $3, $5);
    }
|   embed
    { $$ = mk(p, N_FIELD, $1->pos); $$->x = $1; $$->flags |= NF_EMBEDDED; }
;

oliteral:
    %empty                          { $$ = NULL; }
|   T_STRING                        { $$ = mk_lit(p, $1, TK_STRING); }
;

/* Statements. */

stmt_list:
    stmt                            { $$ = $1 ? list1(p, $1) : (NodeList){0}; }
|   stmt_list T_SEMICOLON stmt
    {
        Node *last = $1.n ? $1.v[$1.n - 1] : NULL;
        if (last && last->kind == N_LABELED && last->y && last->y->kind == N_EMPTY)
            last->y->flags &= ~NF_IMPLICIT;     /* L: ; is a labeled empty statement */
        $$ = $3 ? listadd(p, $1, $3) : $1;
        yyerrok;
    }
;

stmt:
    %empty                          { $$ = NULL; }
|   compound_stmt
|   common_dcl                      { $$ = mk(p, N_DECLSTMT, $1->pos); $$->x = $1; }
|   non_dcl_stmt
|   error                           { $$ = NULL; }
;

compound_stmt:
    T_LBRACE stmt_list T_RBRACE     { $$ = mk_block(p, P($1), $2, P($3)); }
;

non_dcl_stmt:
    simple_stmt
|   for_stmt
|   switch_stmt
|   select_stmt
|   if_stmt
|   sym T_COLON stmt
    {
        $$ = mk(p, N_LABELED, $1->pos); $$->x = $1;
        if ($3) {
            $$->y = $3;
        } else {    /* nothing after the label yet: a ';' or '}' must follow (check_clause_labels) */
            $$->y = mk(p, N_EMPTY, P($2));
            $$->y->flags |= NF_IMPLICIT;
        }
    }
|   T_FALLTHROUGH
    { $$ = mk(p, N_BRANCH, P($1)); $$->op = TK_FALLTHROUGH; }
|   T_BREAK onew_name
    { $$ = mk(p, N_BRANCH, P($1)); $$->op = TK_BREAK; $$->x = $2; }
|   T_CONTINUE onew_name
    { $$ = mk(p, N_BRANCH, P($1)); $$->op = TK_CONTINUE; $$->x = $2; }
|   T_GOTO sym
    { $$ = mk(p, N_BRANCH, P($1)); $$->op = TK_GOTO; $$->x = $2; }
|   T_GO expr                       { $$ = call_stmt(p, N_GO, P($1), $2, "go"); }
|   T_DEFER expr                    { $$ = call_stmt(p, N_DEFER, P($1), $2, "defer"); }
|   T_RETURN oexpr_list             { $$ = mk(p, N_RETURN, P($1)); $$->list = $2; }
;

onew_name:
    %empty                          { $$ = NULL; }
|   sym
;

simple_stmt:
    expr
    {
        if ($1->kind == N_BINARY && $1->op == TK_ARROW) {
            $$ = mk(p, N_SEND, $1->pos); $$->x = $1->x; $$->y = $1->y;
        } else {
            $$ = mk(p, N_EXPRSTMT, $1->pos); $$->x = $1;
        }
    }
|   expr T_OP_ASSIGN expr
    {
        $$ = mk(p, N_ASSIGN, P($2)); $$->op = $2.op;
        $$->list = list1(p, $1); $$->list2 = list1(p, $3);
    }
|   expr_list T_ASSIGN expr_list
    { $$ = mk(p, N_ASSIGN, P($2)); $$->op = TK_ASSIGN; $$->list = $1; $$->list2 = $3; }
|   expr_list T_DEFINE expr_list
    { $$ = mk(p, N_ASSIGN, P($2)); $$->op = TK_DEFINE; $$->list = $1; $$->list2 = $3; }
|   expr T_INC
    { $$ = mk(p, N_INCDEC, P($2)); $$->op = TK_INC; $$->x = $1; }
|   expr T_DEC
    { $$ = mk(p, N_INCDEC, P($2)); $$->op = TK_DEC; $$->x = $1; }
;

osimple_stmt:
    %empty                          { $$ = NULL; }
|   simple_stmt
;

loop_body:
    T_LBODY stmt_list T_RBRACE      { $$ = mk_block(p, P($1), $2, P($3)); }
;

if_stmt:
    T_IF osimple_stmt loop_body else_part
    {
        $$ = mk(p, N_IF, P($1));
        if (!$2)
            parser_error(p, $3->pos, "missing condition in if statement");
        $$->y = header_cond(p, $2, "if", P($1));
        $$->z = $3; $$->w = $4;
    }
|   T_IF osimple_stmt T_SEMICOLON osimple_stmt loop_body else_part
    {
        $$ = mk(p, N_IF, P($1));
        $$->x = $2;
        if (!$4) {
            if ($3.lit && strcmp($3.lit, "semicolon") != 0)
                parser_error(p, P($3), "unexpected %s, expecting { after if clause", $3.lit);
            else
                parser_error(p, P($3), "missing condition in if statement");
        }
        $$->y = header_cond(p, $4, "if", P($1));
        $$->z = $5; $$->w = $6;
    }
;

else_part:
    %empty                          { $$ = NULL; }
|   T_ELSE if_stmt                  { $$ = $2; }
|   T_ELSE compound_stmt            { $$ = $2; }
;

for_stmt:
    T_FOR osimple_stmt loop_body
    {
        $$ = mk(p, N_FOR, P($1));
        if ($2) $$->y = header_cond(p, $2, "for", P($1));
        $$->w = $3;
    }
|   T_FOR osimple_stmt T_SEMICOLON osimple_stmt T_SEMICOLON osimple_stmt loop_body
    {
        $$ = mk(p, N_FOR, P($1));
        $$->x = $2;
        if ($4) $$->y = header_cond(p, $4, "for", P($1));
        $$->z = $6;
        if ($6 && $6->kind == N_ASSIGN && $6->op == TK_DEFINE)
            parser_error(p, $6->pos, "cannot declare in post statement of for loop");
        $$->w = $7;
    }
|   T_FOR range_stmt loop_body
    { $$ = $2; $$->pos = P($1); $$->w = $3; }
;

range_stmt:
    expr_list T_ASSIGN T_RANGE expr     { $$ = mk_range(p, P($2), TK_ASSIGN, $1, $4); }
|   expr_list T_DEFINE T_RANGE expr     { $$ = mk_range(p, P($2), TK_DEFINE, $1, $4); }
|   T_RANGE expr                        { $$ = mk_range(p, P($1), 0, (NodeList){0}, $2); }
;

switch_stmt:
    T_SWITCH osimple_stmt T_LBODY caseblock_list T_RBRACE
    { check_clause_labels(p, $4); $$ = mk_switch(p, P($1), NULL, $2, $4, P($5)); }
|   T_SWITCH osimple_stmt T_SEMICOLON osimple_stmt T_LBODY caseblock_list T_RBRACE
    { check_clause_labels(p, $6); $$ = mk_switch(p, P($1), $2, $4, $6, P($7)); }
;

select_stmt:
    T_SELECT T_LBODY caseblock_list T_RBRACE
    {
        check_clause_labels(p, $3);
        $$ = mk(p, N_SELECT, P($1));
        for (int i = 0; i < $3.n; i++) {
            Node *c = $3.v[i];
            c->kind = N_COMM;
            if (c->flags & NF_DEFAULT) {
                c->x = NULL;
            } else if (c->list.n == 1 && c->x == NULL) {
                Node *e = c->list.v[0];
                if (e->kind == N_BINARY && e->op == TK_ARROW) {
                    c->x = mk(p, N_SEND, e->pos); c->x->x = e->x; c->x->y = e->y;
                } else {
                    c->x = mk(p, N_EXPRSTMT, e->pos); c->x->x = e;
                }
            } else if (c->x == NULL) {
                parser_error(p, c->pos, "select case must be receive, send or assign recv");
            }
            c->list = (NodeList){0};
            list_add(p->arena, &$$->list, c);
        }
        $$->pos2 = P($4);
    }
;

caseblock_list:
    %empty                          { $$ = (NodeList){0}; }
|   caseblock_list caseblock        { $$ = listadd(p, $1, $2); }
;

caseblock:
    case stmt_list                  { $$ = $1; $$->list2 = $2; }
;

case:
    T_CASE expr_or_type_list T_COLON
    { $$ = mk(p, N_CASE, P($1)); $$->list = $2; $$->pos2 = P($3); }
|   T_CASE expr_or_type_list T_ASSIGN expr T_COLON
    {
        /* select: case v, ok = <-c */
        $$ = mk(p, N_CASE, P($1)); $$->pos2 = P($5);
        $$->x = mk(p, N_ASSIGN, P($3)); $$->x->op = TK_ASSIGN;
        $$->x->list = $2; $$->x->list2 = list1(p, $4);
    }
|   T_CASE expr_or_type_list T_DEFINE expr T_COLON
    {
        $$ = mk(p, N_CASE, P($1)); $$->pos2 = P($5);
        $$->x = mk(p, N_ASSIGN, P($3)); $$->x->op = TK_DEFINE;
        $$->x->list = $2; $$->x->list2 = list1(p, $4);
    }
|   T_DEFAULT T_COLON
    { $$ = mk(p, N_CASE, P($1)); $$->flags |= NF_DEFAULT; $$->pos2 = P($2); }
|   T_CASE error
    { $$ = mk(p, N_CASE, P($1)); $$->pos2 = P($1); /* go resumes with the clause's body */ }
;

/* Expressions. */

expr:
    uexpr
|   expr T_LOR expr         { $$ = mk_binary(p, $2, TK_LOR, $1, $3); }
|   expr T_LAND expr        { $$ = mk_binary(p, $2, TK_LAND, $1, $3); }
|   expr T_EQL expr         { $$ = mk_binary(p, $2, TK_EQL, $1, $3); }
|   expr T_NEQ expr         { $$ = mk_binary(p, $2, TK_NEQ, $1, $3); }
|   expr T_LSS expr         { $$ = mk_binary(p, $2, TK_LSS, $1, $3); }
|   expr T_LEQ expr         { $$ = mk_binary(p, $2, TK_LEQ, $1, $3); }
|   expr T_GEQ expr         { $$ = mk_binary(p, $2, TK_GEQ, $1, $3); }
|   expr T_GTR expr         { $$ = mk_binary(p, $2, TK_GTR, $1, $3); }
|   expr T_ADD expr         { $$ = mk_binary(p, $2, TK_ADD, $1, $3); }
|   expr T_SUB expr         { $$ = mk_binary(p, $2, TK_SUB, $1, $3); }
|   expr T_OR expr          { $$ = mk_binary(p, $2, TK_OR, $1, $3); }
|   expr T_XOR expr         { $$ = mk_binary(p, $2, TK_XOR, $1, $3); }
|   expr T_MUL expr         { $$ = mk_binary(p, $2, TK_MUL, $1, $3); }
|   expr T_QUO expr         { $$ = mk_binary(p, $2, TK_QUO, $1, $3); }
|   expr T_REM expr         { $$ = mk_binary(p, $2, TK_REM, $1, $3); }
|   expr T_AND expr         { $$ = mk_binary(p, $2, TK_AND, $1, $3); }
|   expr T_AND_NOT expr     { $$ = mk_binary(p, $2, TK_AND_NOT, $1, $3); }
|   expr T_SHL expr         { $$ = mk_binary(p, $2, TK_SHL, $1, $3); }
|   expr T_SHR expr         { $$ = mk_binary(p, $2, TK_SHR, $1, $3); }
|   expr T_ARROW expr       { $$ = mk_binary(p, $2, TK_ARROW, $1, $3); /* send, checked by simple_stmt */ }
;

uexpr:
    pexpr
|   T_MUL uexpr             { $$ = mk(p, N_STAR, P($1)); $$->x = $2; }
|   T_AND uexpr             { $$ = mk_unary(p, $1, TK_AND, $2); }
|   T_ADD uexpr             { $$ = mk_unary(p, $1, TK_ADD, $2); }
|   T_SUB uexpr             { $$ = mk_unary(p, $1, TK_SUB, $2); }
|   T_NOT uexpr             { $$ = mk_unary(p, $1, TK_NOT, $2); }
|   T_XOR uexpr             { $$ = mk_unary(p, $1, TK_XOR, $2); }
|   T_ARROW uexpr           { $$ = mk_unary(p, $1, TK_ARROW, $2); }
|   T_TILDE uexpr
    {
        parser_error(p, P($1), "unexpected ~, expecting expression");
        $$ = $2;
    }
;

pseudocall:
    pexpr T_LPAREN T_RPAREN
    { $$ = mk(p, N_CALL, $1->pos); $$->x = $1; $$->pos2 = P($2); $$->pos3 = P($3); }
|   pexpr T_LPAREN expr_or_type_list ocomma T_RPAREN
    {
        $$ = mk(p, N_CALL, $1->pos); $$->x = $1; $$->list = $3;
        $$->pos2 = P($2); $$->pos3 = P($5);
    }
|   pexpr T_LPAREN error T_RPAREN
    { $$ = mk(p, N_BAD, $1->pos); }
|   pexpr T_LPAREN expr_or_type_list T_ELLIPSIS ocomma T_RPAREN
    {
        $$ = mk(p, N_CALL, $1->pos); $$->x = $1; $$->list = $3; $$->flags |= NF_DOTS;
        $$->pos2 = P($2); $$->pos3 = P($6);
    }
;

pexpr_no_paren:
    literal
|   name
|   pexpr T_PERIOD sym
    { $$ = mk(p, N_SELECTOR, P($2)); $$->x = $1; $$->y = $3; }
|   pexpr T_PERIOD T_LPAREN expr_or_type T_RPAREN
    { $$ = mk(p, N_TYPEASSERT, P($2)); $$->x = $1; $$->y = $4; }
|   pexpr T_PERIOD T_LPAREN T_TYPE T_RPAREN
    { $$ = mk(p, N_TYPEASSERT, P($2)); $$->x = $1; $$->pos2 = P($4); }
|   pexpr T_LBRACK expr T_RBRACK
    { $$ = mk(p, N_INDEX, P($2)); $$->x = $1; $$->y = $3; }
|   pexpr T_LBRACK oexpr T_COLON oexpr T_RBRACK
    { $$ = mk(p, N_SLICE, P($2)); $$->x = $1; $$->y = $3; $$->z = $5; }
|   pexpr T_LBRACK oexpr T_COLON oexpr T_COLON oexpr T_RBRACK
    {
        $$ = mk(p, N_SLICE, P($2)); $$->x = $1; $$->y = $3; $$->z = $5; $$->w = $7;
        $$->flags |= NF_SLICE3;
        if (!$5)
            parser_error(p, P($6), "middle index required in 3-index slice");
        if (!$7)
            parser_error(p, P($8), "final index required in 3-index slice");
    }
|   pseudocall
|   convtype T_LPAREN expr ocomma T_RPAREN
    {
        $$ = mk(p, N_CALL, $1->pos); $$->x = $1; $$->list = list1(p, $3);
        $$->pos2 = P($2); $$->pos3 = P($5);
    }
|   comptype lbrace braced_keyval_list T_RBRACE
    {
        $$ = mk(p, N_COMPOSITE, $1->pos); $$->x = $1; $$->list = $3;
        $$->pos2 = P($2); $$->pos3 = P($4);
        parser_fix_lbrace(p, $2.op);
    }
|   othertype T_PERIOD sym
    { $$ = mk(p, N_SELECTOR, P($2)); $$->x = $1; $$->y = $3; /* method expression on a type literal */ }
|   comptype lbrace error T_RBRACE
    { $$ = mk(p, N_BAD, $1->pos); parser_fix_lbrace(p, $2.op); }
|   pexpr_no_paren T_LBRACE error T_RBRACE
    { $$ = mk(p, N_BAD, $1->pos); }
|   pexpr_no_paren T_LBRACE braced_keyval_list T_RBRACE
    {
        $$ = mk(p, N_COMPOSITE, $1->pos); $$->x = $1; $$->list = $3;
        $$->pos2 = P($2); $$->pos3 = P($4);
    }
|   T_LPAREN expr_or_type T_RPAREN T_LBRACE braced_keyval_list T_RBRACE
    {
        $$ = mk(p, N_COMPOSITE, P($1)); $$->x = $2; $$->list = $5;
        $$->pos2 = P($4); $$->pos3 = P($6);
        parser_error(p, P($4), "cannot parenthesize type in composite literal");
    }
|   fnliteral
;

keyval:
    complitexpr T_COLON complitexpr
    { $$ = mk(p, N_KEYVALUE, P($2)); $$->x = $1; $$->y = $3; }
;

complitexpr:
    expr
|   T_LBRACE error T_RBRACE         { $$ = mk(p, N_BAD, P($1)); }
|   T_LBRACE braced_keyval_list T_RBRACE
    {
        $$ = mk(p, N_COMPOSITE, P($1)); $$->list = $2;
        $$->pos2 = P($1); $$->pos3 = P($3);
    }
;

pexpr:
    pexpr_no_paren
|   T_LPAREN expr_or_type T_RPAREN  { $$ = mk(p, N_PAREN, P($1)); $$->x = $2; }
;

expr_or_type:
    expr
|   non_expr_type
;

name:
    sym %prec NotParen
;

lbrace:
    T_LBODY                         { $$ = $1; $$.op = 1; }
|   T_LBRACE                        { $$ = $1; $$.op = 0; }
;

sym:
    T_IDENT                         { $$ = mk_ident(p, $1); }
;

literal:
    T_INT                           { $$ = mk_lit(p, $1, TK_INT); }
|   T_FLOAT                         { $$ = mk_lit(p, $1, TK_FLOAT); }
|   T_IMAG                          { $$ = mk_lit(p, $1, TK_IMAG); }
|   T_CHAR                          { $$ = mk_lit(p, $1, TK_CHAR); }
|   T_STRING                        { $$ = mk_lit(p, $1, TK_STRING); }
;

name_list:
    sym                             { $$ = list1(p, $1); }
|   name_list T_COMMA sym           { $$ = listadd(p, $1, $3); }
;

expr_list:
    expr                            { $$ = list1(p, $1); }
|   expr_list T_COMMA expr          { $$ = listadd(p, $1, $3); }
;

expr_or_type_list:
    expr_or_type                            { $$ = list1(p, $1); }
|   expr_or_type_list T_COMMA expr_or_type  { $$ = listadd(p, $1, $3); }
;

keyval_list:
    keyval                          { $$ = list1(p, $1); }
|   complitexpr                     { $$ = list1(p, $1); }
|   keyval_list T_COMMA keyval      { $$ = listadd(p, $1, $3); }
|   keyval_list T_COMMA complitexpr { $$ = listadd(p, $1, $3); }
;

braced_keyval_list:
    %empty                          { $$ = (NodeList){0}; }
|   keyval_list ocomma              { $$ = $1; }
;

oexpr:
    %empty                          { $$ = NULL; }
|   expr
;

oexpr_list:
    %empty                          { $$ = (NodeList){0}; }
|   expr_list
;

osemi:
    %empty
|   T_SEMICOLON
;

ocomma:
    %empty
|   T_COMMA
;

%%

/*
 * The lexer glue: maps lexer tokens to bison tokens and decides LBODY.
 */
static const int tk_to_bison[TK__COUNT] = {
#define TOK(name, text) [TK_##name] = T_##name,
#include "lexer/token.def"
#undef TOK
};

static void hack_push(Parser *p)
{
    if (p->hackdepth == p->hackcap) {
        p->hackcap = p->hackcap ? 2 * p->hackcap : 32;
        p->hackstack = xrealloc(p->hackstack, (size_t)p->hackcap * sizeof *p->hackstack);
    }
    p->hackstack[p->hackdepth++] = p->loophack;
    p->loophack = 0;
}

/*
 * Bracket contexts, for go's wording of syntax errors ("in argument list",
 * "in composite literal"...). Each ( [ { pushes what it opens, judged from
 * the tokens before it; ) ] } pop.
 */
static void ctx_push(Parser *p, int kind)
{
    if (p->ctxdepth == p->ctxcap) {
        p->ctxcap = p->ctxcap ? 2 * p->ctxcap : 32;
        p->ctxstack = xrealloc(p->ctxstack, (size_t)p->ctxcap * sizeof *p->ctxstack);
    }
    p->ctxstack[p->ctxdepth++] = kind;
}

static void ctx_pop(Parser *p)
{
    if (p->ctxdepth > 0)
        p->closed = p->ctxstack[--p->ctxdepth];
    if (p->func_pending > p->ctxdepth + 1)
        p->func_pending = 0;    /* the func's bracket closed without a body */
}

static int paren_kind(Parser *p)
{
    TokenKind prev = p->last.kind, prev2 = p->prev.kind;
    int top = p->ctxdepth ? p->ctxstack[p->ctxdepth - 1] : CTX_TOP;
    if (prev == TK_FUNC)
        return CTX_PARAMS;
    if (prev == TK_VAR || prev == TK_CONST || prev == TK_TYPE || prev == TK_IMPORT)
        return CTX_GROUP;
    if (prev == TK_IDENT && (prev2 == TK_FUNC || (prev2 == TK_RPAREN && p->closed == CTX_PARAMS &&
                                                  top == CTX_TOP)))
        return CTX_PARAMS;
    if (prev == TK_IDENT && top == CTX_IFACE)
        return CTX_PARAMS;
    if (prev == TK_RPAREN && p->closed == CTX_PARAMS && p->func_pending)
        return CTX_PARAMS;
    return CTX_ARGS;
}

static int brace_kind(Parser *p)
{
    TokenKind prev = p->last.kind;
    int top = p->ctxdepth ? p->ctxstack[p->ctxdepth - 1] : CTX_TOP;
    if (prev == TK_STRUCT)
        return CTX_STRUCT;
    if (prev == TK_INTERFACE)
        return CTX_IFACE;
    if (p->func_pending && p->func_pending == p->ctxdepth + 1) {
        p->func_pending = 0;
        return CTX_BLOCK;
    }
    if (top == CTX_COMPOSITE)
        return CTX_COMPOSITE;
    if (prev == TK_SEMICOLON || prev == TK_LBRACE || prev == TK_RBRACE || prev == TK_ELSE ||
        prev == TK_COLON || prev == TK_EOF)
        return CTX_BLOCK;
    return CTX_COMPOSITE;
}

static int is_decl_keyword(TokenKind k)
{
    return k == TK_IMPORT || k == TK_CONST || k == TK_TYPE || k == TK_VAR || k == TK_FUNC || k == TK_EOF;
}

/*
 * After a top-level syntax error go skips to the next declaration keyword
 * (parser.advance(_Import, _Const, _Type, _Var, _Func)). The glue does the
 * same, then hands bison a ';' so the broken declaration ends there.
 */
static int skip_to_declaration(Parser *p, Token *t)
{
    TokenKind k;
    do
        k = lex_next(&p->lx, t);
    while (!is_decl_keyword(k));
    p->skip_decls = 0;
    p->pending = *t;
    p->has_pending = 1;
    p->ctxdepth = 0;
    p->hackdepth = 0;
    p->loophack = 0;
    p->func_pending = 0;
    *t = (Token){ .kind = TK_SEMICOLON, .pos = t->pos, .lit = "semicolon", .len = 9 };
    return TK_SEMICOLON;
}

/*
 * After a syntax error inside a function made only of nested blocks, go's
 * parser keeps its braces balanced while it skips; bison's discarding does
 * not. So the glue skips the rest of the function itself, counting braces,
 * and hands bison a ';' and one '}' for each block that was open at the
 * error. Errors later in the same function are lost, as go mostly loses them.
 */
static void skip_function_body(Parser *p)
{
    int depth = p->ctxdepth;
    int header = 1;     /* still in the broken header: a '}' here closes its missing body */
    Token t;
    p->skip_func = 0;
    for (;;) {
        TokenKind k = lex_next(&p->lx, &t);
        if (k == TK_EOF) {
            p->pending = t;
            p->has_pending = 1;
            return;
        }
        if (header && depth == p->ctxdepth && (k == TK_LBRACE || k == TK_RBRACE)) {
            header = 0;
            if (k == TK_RBRACE)
                continue;
        }
        if (k == TK_LBRACE || k == TK_LPAREN || k == TK_LBRACK)
            depth++;
        else if ((k == TK_RBRACE || k == TK_RPAREN || k == TK_RBRACK) && --depth == 0)
            break;
    }
    p->ctxdepth = 0;
    p->hackdepth = 0;
    p->loophack = 0;
    p->func_pending = 0;
    p->synth_tok = t;
    p->synth_semi = 1;
    p->synth_rbraces = p->close_blocks;
}

static int yylex(YYSTYPE *lval, Parser *p)
{
    Token t;
    TokenKind k;
    if (p->skip_func)
        skip_function_body(p);
    if (p->synth_semi || p->synth_rbraces) {
        t = p->synth_tok;
        if (p->synth_semi) {
            p->synth_semi = 0;
            t.kind = TK_SEMICOLON;
            t.lit = "semicolon";
            t.len = 9;
        } else {
            p->synth_rbraces--;
            t.kind = TK_RBRACE;
            t.lit = "}";
            t.len = 1;
        }
        p->prev2 = p->prev;
        p->prev = p->last;
        p->last = t;
        lval->tok = (Tok){ .pos = t.pos, .lit = t.kind == TK_SEMICOLON ? t.lit : NULL };
        return tk_to_bison[t.kind];
    }
    if (p->skip_decls) {
        k = skip_to_declaration(p, &t);
    } else if (p->has_pending) {
        t = p->pending;
        k = t.kind;
        p->has_pending = 0;
    } else {
        k = lex_next(&p->lx, &t);
    }
    int depth_before = p->ctxdepth;
    switch (k) {
    case TK_LPAREN: ctx_push(p, paren_kind(p)); break;
    case TK_LBRACK: ctx_push(p, CTX_BRACK); break;
    case TK_LBRACE: ctx_push(p, p->loophack == 1 ? CTX_BLOCK : brace_kind(p)); break;
    case TK_RPAREN: case TK_RBRACK: case TK_RBRACE: ctx_pop(p); break;
    case TK_FUNC: p->func_pending = p->ctxdepth + 1; break;
    case TK_SEMICOLON:
        if (p->func_pending == p->ctxdepth + 1)
            p->func_pending = 0;
        break;
    default: break;
    }
    p->prev2 = p->prev;
    p->prev = p->last;
    p->last = t;
    lval->tok = (Tok){ .pos = t.pos, .op = t.op, .bad = t.bad };
    /* the first token of each top-level declaration, for errors about it */
    if (depth_before == 0 && (p->prev.kind == TK_SEMICOLON || p->prev.kind == TK_EOF))
        p->decl_start = t;
    if (k == TK_VAR || k == TK_CONST)
        p->decl_kw = 1;
    else if (k == TK_SEMICOLON || k == TK_ASSIGN || k == TK_LPAREN)
        p->decl_kw = 0;
    switch (k) {
    case TK_SEMICOLON:
        lval->tok.lit = t.lit;     /* "newline", "semicolon" or "EOF" */
        break;
    case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        lval->tok.lit = intern(p->in, t.lit, t.len);
        lval->tok.len = (int)t.len;
        break;
    case TK_IF: case TK_FOR: case TK_SWITCH: case TK_SELECT:
        p->loophack = 1;
        p->header_kw = k;
        break;
    case TK_LPAREN: case TK_LBRACK:
        hack_push(p);
        break;
    case TK_RPAREN: case TK_RBRACK:
        if (p->hackdepth > 0)
            p->loophack = p->hackstack[--p->hackdepth];
        break;
    case TK_LBRACE:
        if (p->loophack == 1) {
            p->loophack = 0;
            return T_LBODY;
        }
        break;
    default:
        break;
    }
    return tk_to_bison[k];
}

void parser_fix_lbrace(Parser *p, int was_lbody)
{
    if (was_lbody)
        p->loophack = 1;
}

/*
 * Syntax errors in go's words. Bison knows which tokens it expected; go's
 * hand-written parser phrases the same situations by context, so the common
 * contexts are recognised from the expected set.
 */
static int expects(yysymbol_kind_t *exp, int n, yysymbol_kind_t s)
{
    for (int i = 0; i < n; i++)
        if (exp[i] == s)
            return 1;
    return 0;
}

static const char *sym_text(yysymbol_kind_t s)
{
    switch (s) {
    case YYSYMBOL_T_LBODY: return "{";
    case YYSYMBOL_YYEOF: return "EOF";
#define TOK(name, text) case YYSYMBOL_T_##name: return text;
#define TOK_NO_EOF
#include "lexer/token.def"
#undef TOK_NO_EOF
#undef TOK
    default: return yysymbol_name(s);
    }
}

static const char *tok_desc(Parser *p, char *buf, size_t size)
{
    const Token *t = &p->last;
    switch (t->kind) {
    case TK_IDENT:
        snprintf(buf, size, "%.*s", (int)t->len, t->lit);
        return buf;
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        snprintf(buf, size, "literal %.*s", (int)t->len, t->lit);
        return buf;
    case TK_SEMICOLON:
        snprintf(buf, size, "%.*s", (int)t->len, t->lit);
        return buf;
    case TK_OP_ASSIGN:
        snprintf(buf, size, "%s=", token_text[t->op]);
        return buf;
    default:
        return token_text[t->kind];
    }
}

static int expects_stmt_start(yysymbol_kind_t *exp, int n)
{
    return expects(exp, n, YYSYMBOL_T_FOR) && expects(exp, n, YYSYMBOL_T_RETURN);
}

/* Arms skip_function_body when every bracket open at the error is a block.
 * Used after errors in if/for/switch headers. */
static void plan_function_skip(Parser *p)
{
    TokenKind k = p->last.kind;
    if (p->skip_decls || p->ctxdepth == 0 || k == TK_RBRACE || k == TK_RPAREN ||
        k == TK_RBRACK || k == TK_EOF)
        return;
    int open = p->ctxdepth;
    if (k == TK_LBRACE || k == TK_LPAREN || k == TK_LBRACK)
        open--;     /* the offending token's own bracket is not open in bison's view */
    if (open < 1)
        return;
    for (int i = 0; i < open; i++)
        if (p->ctxstack[i] != CTX_BLOCK)
            return;
    p->close_blocks = open;
    p->skip_func = 1;
}

static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *p)
{
    yysymbol_kind_t exp[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, exp, YYNTOKENS);
    char buf[256];
    const char *tok = tok_desc(p, buf, sizeof buf);
    Pos pos = p->last.pos;
    int top = p->ctxdepth ? p->ctxstack[p->ctxdepth - 1] : CTX_TOP;
    int comma = expects(exp, n, YYSYMBOL_T_COMMA);

    /* after the header of if/for the body brace is no longer special */
    p->loophack = 0;
    /* go reports nothing at EOF once an error was seen: it would only echo it */
    if (p->last.kind == TK_EOF || (p->last.kind == TK_SEMICOLON && p->last.lit &&
                                   p->last.lit[0] == 'E')) {
        if (diag_count(p->diag) > 0)
            return 0;
    }

    TokenKind dk = p->decl_start.kind;
    int bad_decl = !is_decl_keyword(dk) && dk != TK_PACKAGE && dk != TK_SEMICOLON &&
                   !(p->last.kind == TK_LBRACE && p->prev.kind == TK_SEMICOLON);
    if (top == CTX_TOP || bad_decl)
        p->skip_decls = 1;      /* go resumes at the next declaration */
    if (bad_decl)
        /* the top-level "declaration" began with something else: go says so at its start */
        parser_error(p, p->decl_start.pos, "non-declaration statement outside function body");
    else if (p->last.kind == TK_LBRACE && p->prev.kind == TK_SEMICOLON &&
        p->prev.lit && p->prev.lit[0] == 'n') {
        parser_error(p, pos, "unexpected semicolon or newline before {");
        p->skip_decls = 1;      /* go skips the body to the next declaration */
    }
    else if (p->last.kind == TK_VAR && (p->prev.kind == TK_FOR || p->prev.kind == TK_IF ||
                                        p->prev.kind == TK_SWITCH))
    {
        parser_error(p, pos, "var declaration not allowed in %s initializer", token_text[p->prev.kind]);
        plan_function_skip(p);
    }
    else if (p->last.kind == TK_DEFINE && p->decl_kw)
        parser_error(p, pos, "unexpected :=, expecting =");
    else if (top == CTX_STRUCT && (p->prev.kind == TK_SEMICOLON || p->prev.kind == TK_LBRACE))
        parser_error(p, pos, "unexpected %s, expecting field name or embedded type", tok);
    else if (top == CTX_PARAMS && p->prev.kind == TK_LPAREN)
        parser_error(p, pos, "unexpected %s, expecting )", tok);
    else if (p->prev.kind == TK_IDENT && p->prev2.kind == TK_FUNC && expects(exp, n, YYSYMBOL_T_LPAREN))
        parser_error(p, pos, "unexpected %s, expecting (", tok);
    else if (p->prev.kind == TK_IDENT && p->prev2.kind == TK_TYPE && expects(exp, n, YYSYMBOL_T_MAP))
        parser_error(p, pos, "unexpected %s in type declaration", tok);
    else if (p->prev.kind == TK_TYPE && expects(exp, n, YYSYMBOL_T_IDENT))
        parser_error(p, pos, "unexpected %s, expecting name", tok);
    else if (top == CTX_GROUP && expects(exp, n, YYSYMBOL_T_IDENT) && p->prev.kind == TK_SEMICOLON)
        parser_error(p, pos, "unexpected %s, expecting name", tok);
    else if (top == CTX_ARGS && p->prev.kind == TK_LPAREN && expects(exp, n, YYSYMBOL_T_INT))
        parser_error(p, pos, "unexpected %s, expecting expression", tok);
    else if (p->prev.kind == TK_LBRACK && expects(exp, n, YYSYMBOL_T_INT))
        parser_error(p, pos, "unexpected %s, expecting operand", tok);
    else if (n == 2 && expects(exp, n, YYSYMBOL_T_IF) && expects(exp, n, YYSYMBOL_T_LBRACE))
        parser_error(p, pos, "else must be followed by if or statement block");
    else if (top == CTX_PARAMS && (comma || expects(exp, n, YYSYMBOL_T_RPAREN)))
        parser_error(p, pos, "unexpected %s in parameter list; possibly missing comma or )", tok);
    else if (top == CTX_ARGS && comma && expects(exp, n, YYSYMBOL_T_RPAREN))
        parser_error(p, pos, "unexpected %s in argument list; possibly missing comma or )", tok);
    else if (top == CTX_COMPOSITE && comma && expects(exp, n, YYSYMBOL_T_RBRACE))
        parser_error(p, pos, "unexpected %s in composite literal; possibly missing comma or }", tok);
    else if ((top == CTX_STRUCT || top == CTX_IFACE) && expects(exp, n, YYSYMBOL_T_RBRACE))
        parser_error(p, pos, "unexpected %s in %s type; possibly missing semicolon or newline or }",
                     tok, top == CTX_STRUCT ? "struct" : "interface");
    else if (expects(exp, n, YYSYMBOL_T_LBODY) && !expects(exp, n, YYSYMBOL_T_INT)) {
        if (p->header_kw == TK_EOF)
            parser_error(p, pos, "unexpected %s, expecting {", tok);
        else if (p->header_kw == TK_SWITCH || p->header_kw == TK_SELECT)
            parser_error(p, pos, "missing { after %s clause", token_text[p->header_kw]);
        else
            parser_error(p, pos, "unexpected %s, expecting { after %s clause", tok,
                         token_text[p->header_kw]);
        /* go's header parsing keeps its braces balanced as it skips (unlike after
           "at end of statement", where it skips to the next ; or } as bison does) */
        plan_function_skip(p);
    } else if (top == CTX_TOP && expects(exp, n, YYSYMBOL_T_FUNC) && expects(exp, n, YYSYMBOL_T_IMPORT))
        parser_error(p, pos, "non-declaration statement outside function body");
    else if (top == CTX_TOP && expects(exp, n, YYSYMBOL_T_SEMICOLON) && !expects(exp, n, YYSYMBOL_T_RBRACE))
        parser_error(p, pos, "unexpected %s after top level declaration", tok);
    else if (top == CTX_BLOCK && expects_stmt_start(exp, n)) {
        /* go's block ends here and its function with it: resume at the next declaration */
        parser_error(p, pos, "unexpected %s, expecting }", tok);
        p->skip_decls = 1;
    }
    else if (expects(exp, n, YYSYMBOL_T_SEMICOLON) && expects(exp, n, YYSYMBOL_T_RBRACE))
        parser_error(p, pos, "unexpected %s at end of statement", tok);
    else if (top == CTX_BLOCK && expects(exp, n, YYSYMBOL_T_COLON) && !expects(exp, n, YYSYMBOL_T_RBRACK))
        parser_error(p, pos, "unexpected %s, expecting :", tok);
    else if (p->last.kind == TK_LBRACE && expects(exp, n, YYSYMBOL_T_SEMICOLON))
        parser_error(p, pos, "unexpected %s, expecting semicolon or newline", tok);
    else if (expects(exp, n, YYSYMBOL_T_RPAREN) && !comma)
        parser_error(p, pos, "unexpected %s, expecting )", tok);
    else if (expects(exp, n, YYSYMBOL_T_COLON) && expects(exp, n, YYSYMBOL_T_RBRACK))
        parser_error(p, pos, "unexpected %s, expecting comma, : or ]", tok);
    else if (expects(exp, n, YYSYMBOL_T_IDENT) && expects(exp, n, YYSYMBOL_T_LPAREN) && n == 2)
        parser_error(p, pos, "unexpected %s, expecting name or (", tok);
    else if (n == 1 && exp[0] == YYSYMBOL_T_IDENT && p->prev.kind == TK_RPAREN && top == CTX_TOP)
        parser_error(p, pos, "unexpected %s, expecting name or (", tok);
    else if (expects(exp, n, YYSYMBOL_T_INT))
        parser_error(p, pos, "unexpected %s, expecting expression", tok);
    else if (expects(exp, n, YYSYMBOL_T_MAP) && expects(exp, n, YYSYMBOL_T_IDENT))
        parser_error(p, pos, "unexpected %s, expecting type", tok);
    else if (n >= 1 && expects(exp, n, YYSYMBOL_T_IDENT))
        parser_error(p, pos, "unexpected %s, expecting name", tok);
    else if (n == 1)
        parser_error(p, pos, "unexpected %s, expecting %s", tok, sym_text(exp[0]));
    else if (n == 2 && comma)
        parser_error(p, pos, "unexpected %s, expecting comma or %s", tok,
                     sym_text(exp[0] == YYSYMBOL_T_COMMA ? exp[1] : exp[0]));
    else
        parser_error(p, pos, "unexpected %s", tok);
    return 0;
}
