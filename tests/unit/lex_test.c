/*
 * lex_test.c — unit tests for the lexer: token kinds, literal text,
 * positions, semicolon insertion, go's error messages and positions, literal
 * values, and robustness on arbitrary bytes.
 *
 * Token streams are compared as text, one word per token:
 *   name            an identifier (its text)
 *   break += ,      keywords and operators (OP_ASSIGN as op + "=")
 *   INT<0x1f>       a literal, kind and verbatim text; INT!<09> if bad
 *   ;(newline)      a semicolon and why it is there (newline, EOF, semicolon)
 * and a final EOF. Errors are compared as "line:col: message" in report
 * order, joined by " | ".
 *
 * Every source is copied into a buffer of exactly its length, so under
 * ASan any read past the end is caught: the lexer must not rely on a NUL.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/lexer.h"
#include "util/diag.h"

static int passed, failed;

#define MAXTOK 512

typedef struct Lexed {
    Token tok[MAXTOK];
    int n;
    char *buf;          /* the exact-size copy the tokens point into */
    Diag diag;
} Lexed;

static void lex_all(Lexed *lz, const char *src, size_t len)
{
    Lexer lx;
    lz->buf = malloc(len ? len : 1);
    memcpy(lz->buf, src, len);
    diag_init(&lz->diag, "t.go");
    lex_init(&lx, "t.go", lz->buf, len, &lz->diag);
    for (lz->n = 0; lz->n < MAXTOK; lz->n++)
        if (lex_next(&lx, &lz->tok[lz->n]) == TK_EOF)
            break;
}

static void lexed_free(Lexed *lz)
{
    diag_free(&lz->diag);
    free(lz->buf);
}

static void append(char *out, size_t cap, const char *fmt, const char *s, size_t n)
{
    size_t used = strlen(out);
    if (used < cap)
        snprintf(out + used, cap - used, fmt, (int)n, s);
}

static void render_token(const Token *t, char *out, size_t cap)
{
    static const char *lit_kind[] = {
        [TK_INT] = "INT", [TK_FLOAT] = "FLOAT", [TK_IMAG] = "IMAG",
        [TK_CHAR] = "CHAR", [TK_STRING] = "STRING",
    };
    char kind[16];
    switch (t->kind) {
    case TK_IDENT:
        append(out, cap, "%.*s", t->lit, t->len);
        break;
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        snprintf(kind, sizeof kind, "%s%s<", lit_kind[t->kind], t->bad ? "!" : "");
        append(out, cap, "%.*s", kind, strlen(kind));
        append(out, cap, "%.*s>", t->lit, t->len);
        break;
    case TK_SEMICOLON:
        append(out, cap, ";(%.*s)", t->lit, t->len);
        break;
    case TK_OP_ASSIGN:
        append(out, cap, "%.*s=", token_text[t->op], strlen(token_text[t->op]));
        break;
    case TK_COMMA:
        append(out, cap, "%.*s", ",", 1);
        break;
    default:
        append(out, cap, "%.*s", token_text[t->kind], strlen(token_text[t->kind]));
        break;
    }
}

/* The token stream as text; with_pos adds "@line:col" to each token. */
static void render(const Lexed *lz, int with_pos, char *out, size_t cap)
{
    out[0] = '\0';
    for (int i = 0; i <= lz->n && i < MAXTOK; i++) {
        char at[32];
        if (i > 0)
            append(out, cap, "%.*s", " ", 1);
        render_token(&lz->tok[i], out, cap);
        if (with_pos) {
            snprintf(at, sizeof at, "@%d:%d", lz->tok[i].pos.line, lz->tok[i].pos.col);
            append(out, cap, "%.*s", at, strlen(at));
        }
    }
}

static void render_errors(const Lexed *lz, char *out, size_t cap)
{
    out[0] = '\0';
    for (int i = 0; i < lz->diag.n; i++) {
        char line[300];
        snprintf(line, sizeof line, "%s%d:%d: %s", i ? " | " : "",
                 lz->diag.v[i].pos.line, lz->diag.v[i].pos.col, lz->diag.v[i].msg);
        append(out, cap, "%.*s", line, strlen(line));
    }
}

static void report(const char *what, const char *src, const char *want, const char *got)
{
    if (strcmp(want, got) == 0) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s %-.60s\n     want: %s\n     got:  %s\n", what, src, want, got);
}

/* Checks the token stream of src (len bytes), and that there are no errors. */
static void toks_n(const char *src, size_t len, const char *want, int with_pos)
{
    static char got[8192], errs[4096];
    Lexed lz;
    lex_all(&lz, src, len);
    render(&lz, with_pos, got, sizeof got);
    report("tokens", src, want, got);
    render_errors(&lz, errs, sizeof errs);
    report("no errors", src, "", errs);
    lexed_free(&lz);
}

#define TOKS(src, want)     toks_n(src, sizeof(src) - 1, want, 0)
#define TOKS_POS(src, want) toks_n(src, sizeof(src) - 1, want, 1)

/* Checks the errors of src, and the tokens too unless want_toks is NULL. */
static void errs_n(const char *src, size_t len, const char *want_errs, const char *want_toks)
{
    static char got[8192], errs[4096];
    Lexed lz;
    lex_all(&lz, src, len);
    render_errors(&lz, errs, sizeof errs);
    report("errors", src, want_errs, errs);
    if (want_toks) {
        render(&lz, 0, got, sizeof got);
        report("tokens after error", src, want_toks, got);
    }
    lexed_free(&lz);
}

#define ERRS(src, want)            errs_n(src, sizeof(src) - 1, want, NULL)
#define ERRS_TOKS(src, want, toks) errs_n(src, sizeof(src) - 1, want, toks)

/* ---- Tokens ---- */

static void test_tokens(void)
{
    TOKS("", "EOF");
    TOKS("   \t\r\n\n", "EOF");
    TOKS("package main", "package main ;(EOF) EOF");
    TOKS("break case chan const continue default defer else fallthrough for func go goto "
         "if import interface map package range return select struct switch type var",
         "break case chan const continue default defer else fallthrough for func go goto "
         "if import interface map package range return select struct switch type var EOF");
    TOKS("breakfast _x x9 _ __ goto_ iff", "breakfast _x x9 _ __ goto_ iff ;(EOF) EOF");
    TOKS("+ - * / % & | ^ << >> &^ && || <- == != < <= > >= ! ~",
         "+ - * / % & | ^ << >> &^ && || <- == != < <= > >= ! ~ EOF");
    TOKS("+= -= *= /= %= &= |= ^= <<= >>= &^=",
         "+= -= *= /= %= &= |= ^= <<= >>= &^= EOF");
    TOKS("= := ++ -- ( ) [ ] { } , . ; : ...",
         "= := ++ -- ( ) [ ] { } , . ;(semicolon) : ... EOF");
    /* maximal munch */
    TOKS("a&^^b", "a &^ ^ b ;(EOF) EOF");
    TOKS("a<<=b>>c", "a <<= b >> c ;(EOF) EOF");
    TOKS("x<-ch", "x <- ch ;(EOF) EOF");
    TOKS("a&&^b", "a && ^ b ;(EOF) EOF");
    TOKS("i+++j", "i ++ + j ;(EOF) EOF");
    TOKS("a..b", "a . . b ;(EOF) EOF");
    TOKS("f(a...)", "f ( a ... ) ;(EOF) EOF");
    TOKS("x.y", "x . y ;(EOF) EOF");
    TOKS("a:=b", "a := b ;(EOF) EOF");
    TOKS("a=>b", "a = > b ;(EOF) EOF");
    TOKS("a!==b", "a != = b ;(EOF) EOF");
    TOKS("1/2", "INT<1> / INT<2> ;(EOF) EOF");
}

static void test_unicode_idents(void)
{
    TOKS("café", "café ;(EOF) EOF");
    TOKS("αβγ := 1", "αβγ := INT<1> ;(EOF) EOF");
    TOKS("Привет мир", "Привет мир ;(EOF) EOF");
    TOKS("变量 := 値", "变量 := 値 ;(EOF) EOF");
    TOKS("x١٢", "x١٢ ;(EOF) EOF");            /* Arabic-Indic digits continue a name */
    TOKS("ǅx ʰ", "ǅx ʰ ;(EOF) EOF");           /* Lt and Lm are letters */
    TOKS("breakß", "breakß ;(EOF) EOF");        /* not the keyword */
    TOKS("é+1", "é + INT<1> ;(EOF) EOF");
    TOKS("\xef\xbb\xbfpackage p", "package p ;(EOF) EOF");  /* leading BOM skipped */
}

static void test_numbers(void)
{
    TOKS("0 1 42 1_000_000 0777 0o17 0O17 0b101 0B1_0 0x1F 0XaBc 0x_1",
         "INT<0> INT<1> INT<42> INT<1_000_000> INT<0777> INT<0o17> INT<0O17> INT<0b101> "
         "INT<0B1_0> INT<0x1F> INT<0XaBc> INT<0x_1> ;(EOF) EOF");
    TOKS("1. 1.5 .5 1e10 1E+3 1.5e-3 0.e0 089.5 09e1 1_0.2_5",
         "FLOAT<1.> FLOAT<1.5> FLOAT<.5> FLOAT<1e10> FLOAT<1E+3> FLOAT<1.5e-3> FLOAT<0.e0> "
         "FLOAT<089.5> FLOAT<09e1> FLOAT<1_0.2_5> ;(EOF) EOF");
    TOKS("0x1p-2 0X1.8P3 0x.8p1 0x1_0p+1_0",
         "FLOAT<0x1p-2> FLOAT<0X1.8P3> FLOAT<0x.8p1> FLOAT<0x1_0p+1_0> ;(EOF) EOF");
    TOKS("1i 0i 1.5i .5i 1e3i 0x1p1i 0o7i 0b1i 0x10i 0123i",
         "IMAG<1i> IMAG<0i> IMAG<1.5i> IMAG<.5i> IMAG<1e3i> IMAG<0x1p1i> IMAG<0o7i> "
         "IMAG<0b1i> IMAG<0x10i> IMAG<0123i> ;(EOF) EOF");
    TOKS("0x1e+5", "INT<0x1e> + INT<5> ;(EOF) EOF");   /* e is a hex digit */
    TOKS("1.5.5", "FLOAT<1.5> FLOAT<.5> ;(EOF) EOF");
    TOKS("x.5", "x FLOAT<.5> ;(EOF) EOF");
    TOKS("1..", "FLOAT<1.> . EOF");
    TOKS("5x", "INT<5> x ;(EOF) EOF");
}

static void test_strings_runes(void)
{
    TOKS("\"\" \"abc\" \"a\\\"b\" \"\\\\\"",
         "STRING<\"\"> STRING<\"abc\"> STRING<\"a\\\"b\"> STRING<\"\\\\\"> ;(EOF) EOF");
    TOKS("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\000\\377\\x7f\\u00e9\\U0001F600\"",
         "STRING<\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\000\\377\\x7f\\u00e9\\U0001F600\"> ;(EOF) EOF");
    TOKS("\"héllo, 世界\"", "STRING<\"héllo, 世界\"> ;(EOF) EOF");
    TOKS("`raw \\n \"q\"`", "STRING<`raw \\n \"q\"`> ;(EOF) EOF");
    TOKS("'a' 'é' '世' '\\n' '\\'' '\\\\' '\\x41' '\\101' '\\u12e4' '\\U00101234' '\"'",
         "CHAR<'a'> CHAR<'é'> CHAR<'世'> CHAR<'\\n'> CHAR<'\\''> CHAR<'\\\\'> CHAR<'\\x41'> "
         "CHAR<'\\101'> CHAR<'\\u12e4'> CHAR<'\\U00101234'> CHAR<'\"'> ;(EOF) EOF");
    TOKS("x := `a\nb`\ny", "x := STRING<`a\nb`> ;(newline) y ;(EOF) EOF");
    TOKS("\"a//b\" \"/*\"", "STRING<\"a//b\"> STRING<\"/*\"> ;(EOF) EOF");
}

/* ---- Semicolons and positions ---- */

static void test_semicolons(void)
{
    TOKS("x\ny", "x ;(newline) y ;(EOF) EOF");
    TOKS("1\n2.0\n3i\n'c'\n\"s\"\n`r`\n",
         "INT<1> ;(newline) FLOAT<2.0> ;(newline) IMAG<3i> ;(newline) CHAR<'c'> ;(newline) "
         "STRING<\"s\"> ;(newline) STRING<`r`> ;(newline) EOF");
    TOKS("break\ncontinue\nfallthrough\nreturn\n",
         "break ;(newline) continue ;(newline) fallthrough ;(newline) return ;(newline) EOF");
    TOKS("x++\ny--\n)\n]\n}\n",
         "x ++ ;(newline) y -- ;(newline) ) ;(newline) ] ;(newline) } ;(newline) EOF");
    /* no semicolon after other keywords and operators */
    TOKS("if\nfunc\n+\n(\n{\n,\n.\n",
         "if func + ( { , . EOF");
    TOKS("x\n\n\ny", "x ;(newline) y ;(EOF) EOF");
    TOKS("x // comment\ny", "x ;(newline) y ;(EOF) EOF");
    TOKS("x // comment", "x ;(EOF) EOF");
    TOKS("x /* one line */ y", "x y ;(EOF) EOF");
    TOKS("x /* two\nlines */ y", "x ;(newline) y ;(EOF) EOF");
    TOKS("x /* two\nlines */\ny", "x ;(newline) y ;(EOF) EOF");
    TOKS("+ /* two\nlines */ y", "+ y ;(EOF) EOF");
    TOKS("x;y;", "x ;(semicolon) y ;(semicolon) EOF");
    TOKS("f()\n", "f ( ) ;(newline) EOF");
    TOKS("x\r\ny\r\n", "x ;(newline) y ;(newline) EOF");
}

static void test_positions(void)
{
    TOKS_POS("package main\n\nfunc f() {\n\tx := 1\n}\n",
             "package@1:1 main@1:9 ;(newline)@1:13 func@3:1 f@3:6 (@3:7 )@3:8 {@3:10 "
             "x@4:2 :=@4:4 INT<1>@4:7 ;(newline)@4:8 }@5:1 ;(newline)@5:2 EOF@6:1");
    /* the semicolon sits where the newline is, or at the comment holding it */
    TOKS_POS("x // c\ny /* a\nb */ z", "x@1:1 ;(newline)@1:7 y@2:1 ;(newline)@2:3 z@3:6 ;(EOF)@3:7 EOF@3:7");
    TOKS_POS("a `x\ny` b\nc", "a@1:1 STRING<`x\ny`>@1:3 b@2:4 ;(newline)@2:5 c@3:1 ;(EOF)@3:2 EOF@3:2");
    TOKS_POS("é := \"ü\" + x", "é@1:1 :=@1:4 STRING<\"ü\">@1:7 +@1:12 x@1:14 ;(EOF)@1:15 EOF@1:15");
    /* a leading BOM still counts in the columns of line 1, as in go */
    TOKS_POS("\xef\xbb\xbfpackage p\nx", "package@1:4 p@1:12 ;(newline)@1:13 x@2:1 ;(EOF)@2:2 EOF@2:2");
    TOKS_POS("x\t\ty", "x@1:1 y@1:4 ;(EOF)@1:5 EOF@1:5");
    TOKS_POS("/* a\n\n*/ x", "x@3:4 ;(EOF)@3:5 EOF@3:5");
    /* line counting goes on through multi-line tokens, for errors too */
    ERRS("`a\nb` @", "2:4: invalid character U+0040 '@'");
    ERRS("/*\n\n*/ @", "3:4: invalid character U+0040 '@'");
    ERRS("\"a\nb\n @", "1:3: newline in string | 3:2: invalid character U+0040 '@'");
    TOKS_POS("`a\r\nb`\r\nx", "STRING<`a\r\nb`>@1:1 ;(newline)@2:4 x@3:1 ;(EOF)@3:2 EOF@3:2");
}

/* ---- Errors: go's wording at go's positions ---- */

static void test_errors_chars(void)
{
    ERRS_TOKS("a @ b", "1:3: invalid character U+0040 '@'", "a b ;(EOF) EOF");
    ERRS("# $ ? \\", "1:1: invalid character U+0023 '#' | 1:3: invalid character U+0024 '$' | "
         "1:5: invalid character U+003F '?' | 1:7: invalid character U+005C '\\'");
    ERRS("x\x01\x7f", "1:2: invalid character U+0001 | 1:3: invalid character U+007F");
    ERRS_TOKS("x\n@\n", "2:1: invalid character U+0040 '@'", "x ;(newline) EOF");
    ERRS_TOKS("a\xe2\x82\xac b", "1:2: invalid character U+20AC '€' in identifier",
              "a€ b ;(EOF) EOF");
    ERRS_TOKS("\xe2\x80\xa2", "1:1: invalid character U+2022 '•' in identifier",
              "• ;(EOF) EOF");
    ERRS("x\xc2\xa0", "1:2: invalid character U+00A0 in identifier");
    ERRS("x\xe2\x80\x8b", "1:2: invalid character U+200B in identifier");
    ERRS_TOKS("\xd9\xa1x", "1:1: identifier cannot begin with digit U+0661 '١'", "١x ;(EOF) EOF");
}

static void test_errors_bytes(void)
{
    static const char nul[] = "x\0y \"a\0b\" // \0";
    errs_n(nul, sizeof nul - 1, "1:2: invalid NUL character | 1:7: invalid NUL character | "
           "1:14: invalid NUL character", NULL);
    static const char nul0[] = "\0x";
    errs_n(nul0, sizeof nul0 - 1, "1:1: invalid character U+0000", "x ;(EOF) EOF");
    ERRS_TOKS("a \xff b", "1:3: invalid UTF-8 encoding", "a b ;(EOF) EOF");
    ERRS("\"\xff\xfe\"", "1:2: invalid UTF-8 encoding | 1:3: invalid UTF-8 encoding");
    ERRS("// \xc3", "1:4: invalid UTF-8 encoding");
    ERRS("\xed\xa0\x80", "1:1: invalid UTF-8 encoding | 1:2: invalid UTF-8 encoding | "
         "1:3: invalid UTF-8 encoding");           /* an encoded surrogate */
    ERRS("\xc0\x80", "1:1: invalid UTF-8 encoding | 1:2: invalid UTF-8 encoding");  /* overlong */
    ERRS("'\xe4\xb8'", "1:2: invalid UTF-8 encoding | 1:3: invalid UTF-8 encoding | "
         "1:4: empty rune literal or unescaped '");  /* the bad bytes are not a character */
    ERRS_TOKS("x \xef\xbb\xbf y", "1:3: invalid BOM in the middle of the file", "x y ;(EOF) EOF");
    ERRS_TOKS("\xef\xbb\xbf\xef\xbb\xbfx", "1:4: invalid BOM in the middle of the file",
              "x ;(EOF) EOF");
    ERRS("\xef\xbf\xbd", "1:1: invalid character U+FFFD '\xef\xbf\xbd' in identifier");
}

static void test_errors_literals(void)
{
    ERRS_TOKS("x := \"abc", "1:6: string not terminated", "x := STRING!<\"abc> ;(EOF) EOF");
    ERRS_TOKS("x := \"abc\ny", "1:10: newline in string",
              "x := STRING!<\"abc> ;(newline) y ;(EOF) EOF");
    ERRS_TOKS("x := `abc\n\ny", "1:6: string not terminated", "x := STRING!<`abc\n\ny> ;(EOF) EOF");
    ERRS_TOKS("x := 'a", "1:6: rune literal not terminated", "x := CHAR!<'a> ;(EOF) EOF");
    ERRS_TOKS("x := 'a\ny", "1:8: newline in rune literal", "x := CHAR!<'a> ;(newline) y ;(EOF) EOF");
    ERRS_TOKS("x := ''", "1:7: empty rune literal or unescaped '", "x := CHAR!<''> ;(EOF) EOF");
    ERRS_TOKS("x := 'ab'", "1:6: more than one character in rune literal",
              "x := CHAR!<'ab'> ;(EOF) EOF");
    ERRS("'\\'", "1:1: rune literal not terminated");
    ERRS("x /* abc\n\n", "1:3: comment not terminated");
    ERRS_TOKS("x /* abc", "1:3: comment not terminated", "x ;(EOF) EOF");
    ERRS_TOKS("x /* a\nb", "1:3: comment not terminated", "x ;(newline) EOF");
}

static void test_errors_escapes(void)
{
    ERRS("\"a\\qb\"", "1:4: unknown escape");
    ERRS("\"\\'\"", "1:3: unknown escape");
    ERRS("'\\\"'", "1:3: unknown escape");
    ERRS("\"\\x4g\"", "1:5: invalid character 'g' in hexadecimal escape");
    ERRS("'\\x4'", "1:5: invalid character '\\'' in hexadecimal escape");
    ERRS("\"\\u12\"", "1:6: invalid character '\"' in hexadecimal escape");
    ERRS("\"\\08\"", "1:4: invalid character '8' in octal escape");
    ERRS("\"\\400\"", "1:6: octal escape value 256 > 255");
    ERRS("\"\\uD800\"", "1:8: escape is invalid Unicode code point U+D800");
    ERRS("\"\\U00110000\"", "1:12: escape is invalid Unicode code point U+110000");
    ERRS("\"\\Uffffffff\"", "1:12: escape is invalid Unicode code point U+FFFFFFFF");
    ERRS("\"\\xé\"", "1:4: invalid character 'é' in hexadecimal escape");
    ERRS("\"\\x\t\"", "1:4: invalid character '\\t' in hexadecimal escape");
    ERRS("\"\\u\xe2\x80\x8b\"", "1:4: invalid character '\\u200b' in hexadecimal escape");
    ERRS("\"a\\\nb\"", "1:4: unknown escape | 1:4: newline in string | 2:2: string not terminated");
    /* one message per literal problem; the rest of the line still lexes */
    ERRS_TOKS("'\\z' + 1", "1:3: unknown escape", "CHAR!<'\\z'> + INT<1> ;(EOF) EOF");
}

static void test_errors_numbers(void)
{
    ERRS_TOKS("0b102", "1:5: invalid digit '2' in binary literal", "INT!<0b102> ;(EOF) EOF");
    ERRS("0o78", "1:4: invalid digit '8' in octal literal");
    ERRS("0779", "1:4: invalid digit '9' in octal literal");
    ERRS("0x", "1:3: hexadecimal literal has no digits");
    ERRS("0b", "1:3: binary literal has no digits");
    ERRS("0o_", "1:4: octal literal has no digits");
    ERRS("0x_", "1:4: hexadecimal literal has no digits");
    ERRS("1e", "1:3: exponent has no digits");
    ERRS("1e+", "1:4: exponent has no digits");
    ERRS("0x1p", "1:5: exponent has no digits");
    ERRS("0x1.5", "1:6: hexadecimal mantissa requires a 'p' exponent");
    ERRS("0x.p1", "1:4: hexadecimal literal has no digits");
    ERRS("0b1.0", "1:4: invalid radix point in binary literal");
    ERRS("0o1.0", "1:4: invalid radix point in octal literal");
    ERRS("0b1e5", "1:4: 'e' exponent requires decimal mantissa");
    ERRS("0o1E5", "1:4: 'E' exponent requires decimal mantissa");
    ERRS("1p5", "1:2: 'p' exponent requires hexadecimal mantissa");
    ERRS("1__0", "1:3: '_' must separate successive digits");
    ERRS("1_", "1:2: '_' must separate successive digits");
    ERRS("0_x1", "1:2: '_' must separate successive digits");
    ERRS("1_.5", "1:2: '_' must separate successive digits");
    ERRS("1._5", "1:3: '_' must separate successive digits");
    ERRS("0x_1_", "1:5: '_' must separate successive digits");
    ERRS_TOKS("1e_5", "1:3: '_' must separate successive digits", "FLOAT!<1e_5> ;(EOF) EOF");
    ERRS_TOKS("_1", "", "_1 ;(EOF) EOF");              /* a name, not a number */
    ERRS_TOKS("0b1.0e2", "1:4: invalid radix point in binary literal",
              "FLOAT!<0b1.0e2> ;(EOF) EOF");            /* only the first error */
}

/* ---- go's quirks, copied so positions match ---- */

static void test_quirks(void)
{
    /* go's scanner counts an extra line after ".." at the end of a line */
    TOKS_POS("a..\nb", "a@1:1 .@1:2 .@2:2 b@3:1 ;(EOF)@3:2 EOF@3:2");
    /* a skipped byte inside a name stays in its text and defeats keywords */
    static const char kw[] = "break\0 x";
    errs_n(kw, sizeof kw - 1, "1:6: invalid NUL character", NULL);
    Lexed lz;
    lex_all(&lz, kw, sizeof kw - 1);
    report("keyword with NUL", "break\\0", "IDENT 6",
           lz.tok[0].kind == TK_IDENT && lz.tok[0].len == 6 ? "IDENT 6" : "other");
    lexed_free(&lz);
}

/* ---- Literal values ---- */

/* bytes as text, non-printable ones as \xNN, for comparing values */
static void escape_bytes(const char *s, size_t n, char *out, size_t cap)
{
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        char b[8];
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7F && c != '\\')
            snprintf(b, sizeof b, "%c", c);
        else
            snprintf(b, sizeof b, "\\x%02x", c);
        append(out, cap, "%.*s", b, strlen(b));
    }
}

static void check_unquote(const char *lit, const char *want, size_t want_len)
{
    char w[256], g[256];
    size_t n;
    char *got = lex_unquote(lit, strlen(lit), &n);
    escape_bytes(want, want_len, w, sizeof w);
    escape_bytes(got, n, g, sizeof g);
    if (got[n] != '\0')
        snprintf(g, sizeof g, "(not NUL-terminated)");
    report("unquote", lit, w, g);
    free(got);
}

static void check_rune(const char *lit, int32_t want)
{
    char w[32], g[32];
    snprintf(w, sizeof w, "%ld", (long)want);
    snprintf(g, sizeof g, "%ld", (long)lex_rune_value(lit, strlen(lit)));
    report("rune value", lit, w, g);
}

static void test_values(void)
{
    check_unquote("\"\"", "", 0);
    check_unquote("\"abc\"", "abc", 3);
    check_unquote("\"a\\nb\\t\\\\\\\"\"", "a\nb\t\\\"", 6);
    check_unquote("\"\\a\\b\\f\\r\\v\"", "\a\b\f\r\v", 5);
    check_unquote("\"\\xff\\x00\\377\\000\"", "\xff\0\xff\0", 4);
    check_unquote("\"\\u00e9\\u4e16\\U0001F600\"", "é世\xf0\x9f\x98\x80", 9);
    check_unquote("\"日本\"", "日本", 6);
    check_unquote("`a\\n\r\nb`", "a\\n\nb", 5);
    check_unquote("``", "", 0);
    check_unquote("\"abc", "abc", 3);           /* unterminated: still decodes */
    check_unquote("\"\\u12", "\x12", 1);         /* truncated escape: its prefix */
    check_rune("'a'", 'a');
    check_rune("'é'", 0xE9);
    check_rune("'世'", 0x4E16);
    check_rune("'\\n'", '\n');
    check_rune("'\\''", '\'');
    check_rune("'\\\\'", '\\');
    check_rune("'\\377'", 255);
    check_rune("'\\xff'", 255);
    check_rune("'\\000'", 0);
    check_rune("'\\u12e4'", 0x12E4);
    check_rune("'\\U00101234'", 0x101234);
    check_rune("'\xff'", 0xFFFD);
    check_rune("''", 0);
}

static void test_api_edges(void)
{
    Lexer lx;
    Token t;
    Diag d;
    TokenKind k1, k2, k3;
    char got[64];
    diag_init(&d, "n.go");
    lex_init(&lx, "n.go", NULL, 0, &d);        /* no source at all */
    k1 = lex_next(&lx, &t);
    k2 = lex_next(&lx, &t);
    snprintf(got, sizeof got, "%d %d %d", k1 == TK_EOF, k2 == TK_EOF, diag_count(&d));
    report("NULL source", "", "1 1 0", got);
    diag_free(&d);

    lex_init(&lx, "n.go", "x @", 3, NULL);      /* no Diag: errors are dropped */
    k1 = lex_next(&lx, &t);
    k2 = lex_next(&lx, &t);
    k3 = lex_next(&lx, &t);
    snprintf(got, sizeof got, "%d %d %d", k1 == TK_IDENT, k2 == TK_SEMICOLON, k3 == TK_EOF);
    report("NULL diag", "x @", "1 1 1", got);

    lex_init(&lx, "n.go", "a += b", 6, NULL);
    lex_next(&lx, &t);
    lex_next(&lx, &t);
    snprintf(got, sizeof got, "%d %d %.*s", t.kind == TK_OP_ASSIGN, t.op == TK_ADD,
             (int)t.len, t.lit);
    report("op field", "a += b", "1 1 +=", got);
}

static void test_token_text(void)
{
    report("token_text", "IDENT", "name", token_text[TK_IDENT]);
    report("token_text", "COMMA", "comma", token_text[TK_COMMA]);
    report("token_text", "AND_NOT", "&^", token_text[TK_AND_NOT]);
    report("token_text", "ELLIPSIS", "...", token_text[TK_ELLIPSIS]);
    report("token_text", "VAR", "var", token_text[TK_VAR]);
}

/* ---- Robustness: arbitrary bytes ---- */

/* Lexes random byte strings: the lexer must stop, report positions that
 * never go backwards, keep every lit inside the buffer, and return EOF
 * forever at the end. */
static void test_random_input(void)
{
    static const char alphabet[] = "a0_9x.eEpP+-i'\"`\\/*\n\t @#uUo7;{}()<>=&^|!:~";
    unsigned seed = 12345;
    int bad = 0;
    for (int round = 0; round < 3000 && !bad; round++) {
        size_t len = (size_t)(round % 64);
        char *buf = malloc(len ? len : 1);
        Diag d;
        Lexer lx;
        Token t;
        Pos last = { 0, 0 };
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = seed >> 16;
            buf[i] = r % 8 == 0 ? (char)(r >> 3) : alphabet[(r >> 3) % (sizeof alphabet - 1)];
        }
        diag_init(&d, "r.go");
        lex_init(&lx, "r.go", buf, len, &d);
        for (size_t n = 0;; n++) {
            TokenKind k = lex_next(&lx, &t);
            int inside = t.lit >= buf && t.lit + t.len <= buf + len;
            int fixed = k == TK_SEMICOLON || k == TK_EOF;
            if (n > len + 2 || (!inside && !fixed) || t.pos.line < last.line ||
                (t.pos.line == last.line && t.pos.col < last.col)) {
                bad = 1;
                break;
            }
            last = t.pos;
            if (k == TK_EOF)
                break;
        }
        if (!bad && (lex_next(&lx, &t) != TK_EOF || lex_next(&lx, &t) != TK_EOF))
            bad = 1;
        if (bad) {
            printf("FAIL random input round %d:", round);
            for (size_t i = 0; i < len; i++)
                printf(" %02x", (unsigned char)buf[i]);
            printf("\n");
        }
        diag_free(&d);
        free(buf);
    }
    bad ? failed++ : passed++;
}

int main(void)
{
    test_tokens();
    test_unicode_idents();
    test_numbers();
    test_strings_runes();
    test_semicolons();
    test_positions();
    test_errors_chars();
    test_errors_bytes();
    test_errors_literals();
    test_errors_escapes();
    test_errors_numbers();
    test_quirks();
    test_values();
    test_api_edges();
    test_token_text();
    test_random_input();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
