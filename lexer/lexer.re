/*
 * lexer.re — Go's lexical grammar (Go 1.19 spec, "Lexical elements"),
 * turned into C by re2c.
 *
 * The lexer owns the scan of one source buffer: tokens, their line:col
 * positions, automatic semicolon insertion and every lexical error. It
 * follows go's own scanner (cmd/compile/internal/syntax) closely enough that
 * the errors, their wording and their positions are the ones `go build`
 * prints.
 *
 * re2c matches the regular part: blanks, operators, keywords, ASCII
 * identifiers, and the choice made on a token's first byte. Hand-written
 * scanners take over where go's scanner is procedural: numbers (a loose
 * syntax, then precise complaints), string, rune and raw-string bodies,
 * escapes, comments and non-ASCII identifiers.
 *
 * Invariants:
 * - src <= line_start <= cur <= lim, and line is 1 + the number of newlines
 *   in [src, line_start). So a position is (line, p - line_start + 1) for any
 *   p on the current line; columns count bytes, a leading BOM included.
 * - No byte at or beyond lim is ever read. re2c works in "sentinel with
 *   bounds checks" mode: YYPEEK yields the sentinel 0 at lim, and when it
 *   sees a 0 it checks the bound, so a NUL inside the buffer is just a byte.
 *   The buffer needs no terminator or padding and is never copied.
 * - need_semi is set exactly when the last token returned allows a newline
 *   or EOF to become a semicolon; skipped input (blanks, comments, bad
 *   characters) leaves it alone.
 * - Like go's source reader, the bytes go rejects wherever they appear —
 *   NUL, invalid UTF-8, a BOM after the first byte — are reported and then
 *   skipped, invisibly, by peek_rune. The one place where they are not
 *   invisible is inside an operator, which re2c matches and which therefore
 *   ends at such a byte: go reads "+\0=" as "+=", we read "+" and "=".
 */
#include "lexer/lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lexer/utf8.h"
#include "lexer/uniclass.inc"

enum { BOM = 0xFEFF };

/* Classes of non-ASCII runes in uniclass_tab. */
enum { UC_OTHER, UC_LETTER, UC_DIGIT, UC_PRINT };

/* ---- Positions and errors ---- */

/* p must lie on the current line. */
static Pos pos_at(const Lexer *lx, const char *p)
{
    Pos pos = { lx->line, (int)(p - lx->line_start) + 1 };
    return pos;
}

static void error_at(Lexer *lx, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void error_at(Lexer *lx, Pos pos, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    if (lx->diag == NULL)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error(lx->diag, pos, "%s", msg);
}

/* go's s.errorf: the error is at the character under the cursor. */
#define error_here(lx, ...) error_at((lx), pos_at((lx), (lx)->cur), __VA_ARGS__)

/* ---- Unicode classes and go's %#U and %q ---- */

/* Class of a non-ASCII rune: the last table entry starting at or below r. */
static int uniclass(int32_t r)
{
    size_t lo = 0, hi = sizeof uniclass_tab / sizeof uniclass_tab[0];
    if (r < 0x80 || (uint32_t)r < uniclass_tab[0] >> 2)
        return UC_OTHER;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (uniclass_tab[mid] >> 2 <= (uint32_t)r)
            lo = mid;
        else
            hi = mid;
    }
    return (int)(uniclass_tab[lo] & 3);
}

/* strconv.IsPrint */
static int is_print(uint32_t r)
{
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    if (r > RUNE_MAX || (r >= 0xD800 && r < 0xE000))
        return 0;
    return uniclass((int32_t)r) != UC_OTHER;
}

/* Go's %#U: "U+0040 '@'", or just "U+0001" when r is not printable. */
static const char *fmt_unicode(char buf[32], uint32_t r)
{
    int n = snprintf(buf, 32, "U+%04X", (unsigned)r);
    if (is_print(r)) {
        buf[n++] = ' ';
        buf[n++] = '\'';
        n += utf8_encode(buf + n, r);
        buf[n++] = '\'';
        buf[n] = '\0';
    }
    return buf;
}

/* The letter of a C-style escape for control character c, or 0. */
static char escape_letter(int32_t c)
{
    switch (c) {
    case '\a': return 'a';
    case '\b': return 'b';
    case '\f': return 'f';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    case '\v': return 'v';
    default:   return 0;
    }
}

/* Go's %q of a rune (strconv.QuoteRune): 'g', '\'', '\n', '\x01', '\u200b'. */
static const char *quote_rune(char buf[16], int32_t r)
{
    int n = 0;
    buf[n++] = '\'';
    if (r == '\'' || r == '\\') {
        buf[n++] = '\\';
        buf[n++] = (char)r;
    } else if (is_print((uint32_t)r)) {
        n += utf8_encode(buf + n, (uint32_t)r);
    } else if (escape_letter(r)) {
        buf[n++] = '\\';
        buf[n++] = escape_letter(r);
    } else if (r < 0x80) {
        n += sprintf(buf + n, "\\x%02x", (unsigned)r);
    } else {
        n += sprintf(buf + n, r < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)r);
    }
    buf[n++] = '\'';
    buf[n] = '\0';
    return buf;
}

static const char *base_name(int base)
{
    switch (base) {
    case 2:  return "binary";
    case 8:  return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

/* ---- Reading runes the way go's source reader does ---- */

/*
 * The rune at lx->cur, or -1 at the end of input; *w gets its width.
 * Bytes go rejects anywhere in a file are reported here and stepped over,
 * so callers never see them. Calling it again at the same place is free of
 * side effects: the offending bytes are already behind the cursor.
 */
static int32_t peek_rune(Lexer *lx, int *w)
{
    while (lx->cur < lx->lim) {
        const unsigned char *p = (const unsigned char *)lx->cur;
        int32_t r;
        if (*p != 0 && *p < 0x80) {
            *w = 1;
            return *p;
        }
        if (*p == 0) {
            error_here(lx, "invalid NUL character");
            lx->cur++;
            continue;
        }
        r = utf8_decode(p, (const unsigned char *)lx->lim, w);
        if (r == RUNE_ERROR && *w == 1) {
            error_here(lx, "invalid UTF-8 encoding");
            lx->cur++;
            continue;
        }
        if (r == BOM) {     /* lex_init skipped the one allowed at offset 0 */
            error_here(lx, "invalid BOM in the middle of the file");
            lx->cur += *w;
            continue;
        }
        return r;
    }
    *w = 0;
    return -1;
}

static int32_t peek(Lexer *lx)
{
    int w;
    return peek_rune(lx, &w);
}

/* Steps over the rune r (of width w) under the cursor, counting lines. */
static void skip_rune(Lexer *lx, int32_t r, int w)
{
    lx->cur += w;
    if (r == '\n') {
        lx->line++;
        lx->line_start = lx->cur;
    }
}

/* Steps over the current rune and returns the next one (go's nextch). */
static int32_t next(Lexer *lx)
{
    int w;
    int32_t r = peek_rune(lx, &w);
    skip_rune(lx, r, w);
    return peek_rune(lx, &w);
}

/* ---- Tokens ---- */

static TokenKind emit(Lexer *lx, Token *t, TokenKind kind, int semi)
{
    t->kind = kind;
    t->lit = lx->tok;
    t->len = (size_t)(lx->cur - lx->tok);
    lx->need_semi = semi;
    return kind;
}

/* why is "newline", "EOF" or "semicolon", which is how go's syntax errors
 * name the token ("unexpected newline"). */
static TokenKind emit_semi(Lexer *lx, Token *t, const char *why)
{
    t->kind = TK_SEMICOLON;
    t->lit = why;
    t->len = strlen(why);
    lx->need_semi = 0;
    return TK_SEMICOLON;
}

static TokenKind emit_op_assign(Lexer *lx, Token *t, TokenKind op)
{
    t->op = op;
    return emit(lx, t, TK_OP_ASSIGN, 0);
}

/* ---- Identifiers ---- */

static int is_ascii_ident(int32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_';
}

/* go's atIdentChar(false) loop: a non-ASCII rune that is neither letter nor
 * digit is reported but kept in the identifier, so one stray symbol does not
 * also cost a syntax error. */
static void ident_tail(Lexer *lx)
{
    char buf[32];
    for (;;) {
        int w;
        int32_t c = peek_rune(lx, &w);
        if (c < 0x80) {
            if (c < 0 || !is_ascii_ident(c))
                return;
        } else if (uniclass(c) != UC_LETTER && uniclass(c) != UC_DIGIT) {
            error_here(lx, "invalid character %s in identifier",
                       fmt_unicode(buf, (uint32_t)c));
        }
        skip_rune(lx, c, w);
    }
}

/* An identifier or keyword whose ASCII prefix re2c matched. If non-ASCII
 * text (or a byte go skips) follows, the word goes on and is a plain name:
 * go compares the whole segment, skipped bytes included, with the keywords. */
static TokenKind word(Lexer *lx, Token *t, TokenKind kind)
{
    const unsigned char *p = (const unsigned char *)lx->cur;
    if (lx->cur < lx->lim && (*p == 0 || *p >= 0x80)) {
        ident_tail(lx);
        if (lx->cur != (const char *)p)
            kind = TK_IDENT;
    }
    return emit(lx, t, kind, kind == TK_IDENT || kind == TK_BREAK ||
                kind == TK_CONTINUE || kind == TK_FALLTHROUGH || kind == TK_RETURN);
}

/*
 * A token starting with a byte >= 0x80. Returns 0 when that byte was one go
 * skips (the caller rescans from the new cursor); otherwise scans an
 * identifier, since go starts one at any non-ASCII rune and complains if it
 * is not a letter.
 */
static int non_ascii(Lexer *lx, Token *t)
{
    char buf[32];
    int w;
    int32_t c;
    lx->cur = lx->tok;
    c = peek_rune(lx, &w);
    if (lx->cur != lx->tok)
        return 0;
    switch (uniclass(c)) {
    case UC_LETTER:
        break;
    case UC_DIGIT:
        error_here(lx, "identifier cannot begin with digit %s", fmt_unicode(buf, (uint32_t)c));
        break;
    default:
        error_here(lx, "invalid character %s in identifier", fmt_unicode(buf, (uint32_t)c));
        break;
    }
    skip_rune(lx, c, w);
    ident_tail(lx);
    emit(lx, t, TK_IDENT, 1);
    return 1;
}

/* ---- Numbers ---- */

/*
 * Numbers are scanned by hand, as go's number() does: it accepts a loose
 * superset of the literal syntax (any decimal digit in an octal or binary
 * literal, '_' anywhere, an exponent on any base) and then says precisely
 * what is wrong, at a precise column.
 */

static int32_t lower(int32_t c)
{
    return c | ('a' - 'A');     /* meaningful for ASCII letters only */
}

static int is_dec(int32_t c) { return c >= '0' && c <= '9'; }
static int is_hex(int32_t c) { return is_dec(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

/* go's digits(): bit 0 of the result says digits were seen, bit 1 says '_'
 * was; for base <= 10 the offset of the first digit >= base is recorded in
 * *invalid. */
static int digits(Lexer *lx, int base, long *invalid)
{
    int digsep = 0;
    for (int32_t c = peek(lx);; c = next(lx)) {
        if (c == '_') {
            digsep |= 2;
        } else if (base <= 10 && is_dec(c)) {
            digsep |= 1;
            if (c >= '0' + base && *invalid < 0)
                *invalid = (long)(lx->cur - lx->tok);
        } else if (base == 16 && is_hex(c)) {
            digsep |= 1;
        } else {
            return digsep;
        }
    }
}

/* go's invalidSep: offset of the first '_' that does not separate two
 * digits (a base prefix counts as a digit), or -1. */
static long invalid_sep(const char *x, size_t n)
{
    char x1 = ' ', d = '.';
    size_t i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = (char)lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        char p = d;
        d = x[i];
        if (d == '_') {
            if (p != '0')
                return (long)i;
        } else if (is_dec(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return (long)i - 1;
            d = '.';
        }
    }
    return d == '_' ? (long)n - 1 : -1;
}

typedef struct Number {
    int base;           /* 2, 8, 10 or 16 */
    char prefix;        /* 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b' */
    int digsep;         /* as digits() returns */
    long invalid;       /* offset of a digit too large for base, or -1 */
    int is_float, ok;
} Number;

/* Prefix, integer part and fraction. */
static void mantissa(Lexer *lx, Number *nb, int seen_point)
{
    if (!seen_point) {
        if (peek(lx) == '0') {
            switch (lower(next(lx))) {
            case 'x': nb->base = 16, nb->prefix = 'x', next(lx); break;
            case 'o': nb->base = 8,  nb->prefix = 'o', next(lx); break;
            case 'b': nb->base = 2,  nb->prefix = 'b', next(lx); break;
            default:  nb->base = 8,  nb->prefix = '0', nb->digsep = 1; break;  /* 0 is a digit */
            }
        }
        nb->digsep |= digits(lx, nb->base, &nb->invalid);
        if (peek(lx) == '.') {
            if (nb->prefix == 'o' || nb->prefix == 'b') {
                error_here(lx, "invalid radix point in %s literal", base_name(nb->base));
                nb->ok = 0;
            }
            next(lx);
            seen_point = 1;
        }
    }
    if (seen_point) {
        nb->is_float = 1;
        nb->digsep |= digits(lx, nb->base, &nb->invalid);
    }
    if (!(nb->digsep & 1) && nb->ok) {
        error_here(lx, "%s literal has no digits", base_name(nb->base));
        nb->ok = 0;
    }
}

/* An 'e' or 'p' exponent, or the complaint that a hex float lacks one. */
static void exponent(Lexer *lx, Number *nb)
{
    long ignored = -1;
    int32_t e = peek(lx);
    if (lower(e) != 'e' && lower(e) != 'p') {
        if (nb->prefix == 'x' && nb->is_float && nb->ok) {
            error_here(lx, "hexadecimal mantissa requires a 'p' exponent");
            nb->ok = 0;
        }
        return;
    }
    if (nb->ok && lower(e) == 'e' && nb->prefix != 0 && nb->prefix != '0') {
        error_here(lx, "'%c' exponent requires decimal mantissa", (char)e);
        nb->ok = 0;
    } else if (nb->ok && lower(e) == 'p' && nb->prefix != 'x') {
        error_here(lx, "'%c' exponent requires hexadecimal mantissa", (char)e);
        nb->ok = 0;
    }
    e = next(lx);
    nb->is_float = 1;
    if (e == '+' || e == '-')
        next(lx);
    nb->digsep = digits(lx, 10, &ignored) | (nb->digsep & 2);
    if (!(nb->digsep & 1) && nb->ok) {
        error_here(lx, "exponent has no digits");
        nb->ok = 0;
    }
}

/* go's number(); the cursor is on the first digit, or past a leading '.'. */
static TokenKind number(Lexer *lx, Token *t, int seen_point)
{
    Number nb = { .base = 10, .invalid = -1, .ok = 1 };
    TokenKind kind;
    long sep;
    Pos at = t->pos;

    mantissa(lx, &nb, seen_point);
    exponent(lx, &nb);
    kind = nb.is_float ? TK_FLOAT : TK_INT;
    if (peek(lx) == 'i') {
        kind = TK_IMAG;
        next(lx);
    }

    /* a literal never spans lines, so offsets are columns */
    if (kind == TK_INT && nb.invalid >= 0 && nb.ok) {   /* 09.5 is a fine float */
        at.col += (int)nb.invalid;
        error_at(lx, at, "invalid digit '%c' in %s literal", lx->tok[nb.invalid],
                 base_name(nb.base));
        nb.ok = 0;
    }
    if ((nb.digsep & 2) && nb.ok &&
        (sep = invalid_sep(lx->tok, (size_t)(lx->cur - lx->tok))) >= 0) {
        at.col += (int)sep;
        error_at(lx, at, "'_' must separate successive digits");
        nb.ok = 0;
    }
    t->bad = !nb.ok;
    return emit(lx, t, kind, 1);
}

/*
 * After a '.': a number such as .5, an ellipsis whose dots go's reader saw
 * through skipped bytes, or a plain period.
 *
 * go 1.19's scanner, backing up from ".." to a single ".", re-reads the
 * character after the second dot; when that is a newline its line counter
 * moves on an extra time, so the second dot and everything after it is
 * reported one line further down than it is. ".." is never valid Go; we
 * copy the slip only so that error positions agree with go's.
 */
static TokenKind period(Lexer *lx, Token *t)
{
    int32_t c = peek(lx);
    if (is_dec(c))
        return number(lx, t, 1);
    if (c == '.') {
        if (next(lx) == '.') {
            next(lx);
            return emit(lx, t, TK_ELLIPSIS, 0);
        }
        if (peek(lx) == '\n') {
            lx->line++;
            lx->line_start = lx->tok;
        }
        lx->cur = lx->tok + 1;  /* back to just after the first dot */
    }
    return emit(lx, t, TK_PERIOD, 0);
}

/* ---- Escapes, strings, runes, comments ---- */

/*
 * go's escape(): the backslash is consumed and the cursor is on the next
 * rune. Returns 0 after reporting a bad escape. The rune that made an escape
 * bad is not consumed, so a quote or newline there still ends the literal.
 * At EOF it returns 1 and leaves the complaint to the caller.
 */
static int escape(Lexer *lx, int32_t quote)
{
    char buf[32];
    int32_t c = peek(lx);
    int n;
    uint32_t base, max, x = 0;

    switch (c) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        next(lx);
        return 1;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x':
        next(lx);
        n = 2, base = 16, max = 255;
        break;
    case 'u':
        next(lx);
        n = 4, base = 16, max = RUNE_MAX;
        break;
    case 'U':
        next(lx);
        n = 8, base = 16, max = RUNE_MAX;
        break;
    default:
        if (c < 0)
            return 1;
        if (c == quote) {
            next(lx);
            return 1;
        }
        error_here(lx, "unknown escape");
        return 0;
    }

    for (c = peek(lx); n > 0; n--, c = next(lx)) {
        uint32_t d = base;
        if (c < 0)
            return 1;
        if (c >= '0' && c <= '9')
            d = (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            d = (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            d = (uint32_t)(c - 'A' + 10);
        if (d >= base) {
            error_here(lx, "invalid character %s in %s escape",
                       quote_rune(buf, c), base_name((int)base));
            return 0;
        }
        x = x * base + d;
    }

    if (x > max && base == 8) {
        error_here(lx, "octal escape value %u > 255", (unsigned)x);
        return 0;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        error_here(lx, "escape is invalid Unicode code point %s", fmt_unicode(buf, x));
        return 0;
    }
    return 1;
}

/* go's stdString; the opening quote is consumed. Returns 0 if bad. A
 * newline ends the literal (unconsumed) so the next line lexes normally. */
static int scan_string(Lexer *lx, Pos start)
{
    int ok = 1;
    int32_t c = peek(lx);
    for (;;) {
        if (c == '"') {
            next(lx);
            return ok;
        }
        if (c == '\\') {
            next(lx);
            ok &= escape(lx, '"');
            c = peek(lx);
            continue;
        }
        if (c == '\n') {
            error_here(lx, "newline in string");
            return 0;
        }
        if (c < 0) {
            error_at(lx, start, "string not terminated");
            return 0;
        }
        c = next(lx);
    }
}

/* go's rawString; the opening backquote is consumed. Carriage returns stay
 * in the text (lex_unquote drops them from the value). */
static int scan_raw_string(Lexer *lx, Pos start)
{
    for (int32_t c = peek(lx);; c = next(lx)) {
        if (c == '`') {
            next(lx);
            return 1;
        }
        if (c < 0) {
            error_at(lx, start, "string not terminated");
            return 0;
        }
    }
}

/* go's rune(); the opening quote is consumed. Only the first problem is
 * reported: after a bad escape, "more than one character" would be noise. */
static int scan_rune(Lexer *lx, Pos start)
{
    int ok = 1;
    int32_t c = peek(lx);
    for (int n = 0;; n++) {
        if (c == '\'') {
            if (ok && n == 0)
                error_here(lx, "empty rune literal or unescaped '");
            else if (ok && n != 1)
                error_at(lx, start, "more than one character in rune literal");
            next(lx);
            return ok && n == 1;
        }
        if (c == '\\') {
            next(lx);
            ok &= escape(lx, '\'');
            c = peek(lx);
            continue;
        }
        if (c == '\n' || c < 0) {
            if (ok && c == '\n')
                error_here(lx, "newline in rune literal");
            else if (ok)
                error_at(lx, start, "rune literal not terminated");
            return 0;
        }
        c = next(lx);
    }
}

/* The newline stays for the main scanner: it may become a semicolon. */
static void skip_line_comment(Lexer *lx)
{
    for (int32_t c = peek(lx); c >= 0 && c != '\n'; c = next(lx))
        ;
}

/* go's skipComment; the opening slash-star is consumed. */
static void skip_block_comment(Lexer *lx, Pos start)
{
    int32_t c = peek(lx);
    while (c >= 0) {
        while (c == '*') {
            c = next(lx);
            if (c == '/') {
                next(lx);
                return;
            }
        }
        c = next(lx);
    }
    error_at(lx, start, "comment not terminated");
}

/* ---- The scanner ---- */

void lex_init(Lexer *lx, const char *file, const char *src, size_t len, Diag *diag)
{
    memset(lx, 0, sizeof *lx);
    if (src == NULL)
        src = "", len = 0;
    lx->file = file;
    lx->src = lx->cur = lx->tok = lx->line_start = src;
    lx->lim = src + len;
    lx->line = 1;
    lx->diag = diag;
    /* A BOM may open the file and is not a token; go still counts its
     * three bytes in the columns of line 1. */
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        lx->cur += 3;
}

TokenKind lex_next(Lexer *lx, Token *t)
{
    for (;;) {
        char buf[32];

        lx->tok = lx->cur;
        t->pos = pos_at(lx, lx->cur);
        t->op = TK_EOF;
        t->bad = 0;
/*!re2c
    re2c:api = custom;
    re2c:api:style = free-form;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYPEEK = "(lx->cur < lx->lim ? (unsigned char)*lx->cur : 0)";
    re2c:define:YYSKIP = "++lx->cur;";
    re2c:define:YYBACKUP = "lx->marker = lx->cur;";
    re2c:define:YYRESTORE = "lx->cur = lx->marker;";
    re2c:define:YYLESSTHAN = "lx->cur >= lx->lim";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    $ {
        if (lx->need_semi)
            return emit_semi(lx, t, "EOF");
        t->kind = TK_EOF;
        t->lit = "EOF";
        t->len = 3;
        return TK_EOF;
    }

    [ \t\r]+ { continue; }

    "\n" {
        lx->line++;
        lx->line_start = lx->cur;
        if (lx->need_semi)
            return emit_semi(lx, t, "newline");
        continue;
    }

    "//" { skip_line_comment(lx); continue; }

    "/*" {
        skip_block_comment(lx, t->pos);
        /* a comment spanning lines acts as a newline, placed at the comment */
        if (lx->need_semi && lx->line > t->pos.line)
            return emit_semi(lx, t, "newline");
        continue;
    }

    "break"       { return word(lx, t, TK_BREAK); }
    "case"        { return word(lx, t, TK_CASE); }
    "chan"        { return word(lx, t, TK_CHAN); }
    "const"       { return word(lx, t, TK_CONST); }
    "continue"    { return word(lx, t, TK_CONTINUE); }
    "default"     { return word(lx, t, TK_DEFAULT); }
    "defer"       { return word(lx, t, TK_DEFER); }
    "else"        { return word(lx, t, TK_ELSE); }
    "fallthrough" { return word(lx, t, TK_FALLTHROUGH); }
    "for"         { return word(lx, t, TK_FOR); }
    "func"        { return word(lx, t, TK_FUNC); }
    "go"          { return word(lx, t, TK_GO); }
    "goto"        { return word(lx, t, TK_GOTO); }
    "if"          { return word(lx, t, TK_IF); }
    "import"      { return word(lx, t, TK_IMPORT); }
    "interface"   { return word(lx, t, TK_INTERFACE); }
    "map"         { return word(lx, t, TK_MAP); }
    "package"     { return word(lx, t, TK_PACKAGE); }
    "range"       { return word(lx, t, TK_RANGE); }
    "return"      { return word(lx, t, TK_RETURN); }
    "select"      { return word(lx, t, TK_SELECT); }
    "struct"      { return word(lx, t, TK_STRUCT); }
    "switch"      { return word(lx, t, TK_SWITCH); }
    "type"        { return word(lx, t, TK_TYPE); }
    "var"         { return word(lx, t, TK_VAR); }
    [a-zA-Z_] [a-zA-Z_0-9]* { return word(lx, t, TK_IDENT); }

    [0-9] {
        lx->cur = lx->tok;
        return number(lx, t, 0);
    }

    ["] { t->bad = !scan_string(lx, t->pos);     return emit(lx, t, TK_STRING, 1); }
    [`] { t->bad = !scan_raw_string(lx, t->pos); return emit(lx, t, TK_STRING, 1); }
    ['] { t->bad = !scan_rune(lx, t->pos);       return emit(lx, t, TK_CHAR, 1); }

    "+"   { return emit(lx, t, TK_ADD, 0); }
    "-"   { return emit(lx, t, TK_SUB, 0); }
    "*"   { return emit(lx, t, TK_MUL, 0); }
    "/"   { return emit(lx, t, TK_QUO, 0); }
    "%"   { return emit(lx, t, TK_REM, 0); }
    "&"   { return emit(lx, t, TK_AND, 0); }
    "|"   { return emit(lx, t, TK_OR, 0); }
    "^"   { return emit(lx, t, TK_XOR, 0); }
    "<<"  { return emit(lx, t, TK_SHL, 0); }
    ">>"  { return emit(lx, t, TK_SHR, 0); }
    "&^"  { return emit(lx, t, TK_AND_NOT, 0); }
    "+="  { return emit_op_assign(lx, t, TK_ADD); }
    "-="  { return emit_op_assign(lx, t, TK_SUB); }
    "*="  { return emit_op_assign(lx, t, TK_MUL); }
    "/="  { return emit_op_assign(lx, t, TK_QUO); }
    "%="  { return emit_op_assign(lx, t, TK_REM); }
    "&="  { return emit_op_assign(lx, t, TK_AND); }
    "|="  { return emit_op_assign(lx, t, TK_OR); }
    "^="  { return emit_op_assign(lx, t, TK_XOR); }
    "<<=" { return emit_op_assign(lx, t, TK_SHL); }
    ">>=" { return emit_op_assign(lx, t, TK_SHR); }
    "&^=" { return emit_op_assign(lx, t, TK_AND_NOT); }
    "&&"  { return emit(lx, t, TK_LAND, 0); }
    "||"  { return emit(lx, t, TK_LOR, 0); }
    "<-"  { return emit(lx, t, TK_ARROW, 0); }
    "++"  { return emit(lx, t, TK_INC, 1); }
    "--"  { return emit(lx, t, TK_DEC, 1); }
    "=="  { return emit(lx, t, TK_EQL, 0); }
    "<"   { return emit(lx, t, TK_LSS, 0); }
    ">"   { return emit(lx, t, TK_GTR, 0); }
    "="   { return emit(lx, t, TK_ASSIGN, 0); }
    "!"   { return emit(lx, t, TK_NOT, 0); }
    "~"   { return emit(lx, t, TK_TILDE, 0); }
    "!="  { return emit(lx, t, TK_NEQ, 0); }
    "<="  { return emit(lx, t, TK_LEQ, 0); }
    ">="  { return emit(lx, t, TK_GEQ, 0); }
    ":="  { return emit(lx, t, TK_DEFINE, 0); }
    "..." { return emit(lx, t, TK_ELLIPSIS, 0); }
    "("   { return emit(lx, t, TK_LPAREN, 0); }
    "["   { return emit(lx, t, TK_LBRACK, 0); }
    "{"   { return emit(lx, t, TK_LBRACE, 0); }
    ","   { return emit(lx, t, TK_COMMA, 0); }
    "."   { return period(lx, t); }
    ")"   { return emit(lx, t, TK_RPAREN, 1); }
    "]"   { return emit(lx, t, TK_RBRACK, 1); }
    "}"   { return emit(lx, t, TK_RBRACE, 1); }
    ";"   { return emit_semi(lx, t, "semicolon"); }
    ":"   { return emit(lx, t, TK_COLON, 0); }

    [\x00] {
        /* go's reader checks for NUL only in bytes it has already buffered,
         * which the very first byte never is: the scanner then sees it */
        if (lx->tok == lx->src)
            error_at(lx, t->pos, "invalid character U+0000");
        else
            error_at(lx, t->pos, "invalid NUL character");
        continue;
    }

    [\x80-\xff] {
        if (non_ascii(lx, t))
            return TK_IDENT;
        continue;
    }

    * {
        /* what is left is ASCII that no token starts with; go skips it */
        error_at(lx, t->pos, "invalid character %s",
                 fmt_unicode(buf, (unsigned char)*lx->tok));
        continue;
    }
*/
    }
}
