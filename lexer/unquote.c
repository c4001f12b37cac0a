/*
 * unquote.c — the token spellings and the values of string and rune literals.
 *
 * The lexer has already reported every error in a literal it hands on, so
 * decoding here never fails; but a literal marked bad (or arbitrary bytes
 * from a fuzzer) must still decode to something without reading outside
 * [lit, lit + len) or writing outside the buffer. The decoded value of an
 * interpreted string is never longer than its text: each escape yields at
 * most as many bytes as it spells (\u and \U need 4 and 5+ hex digits before
 * they produce 3 and 4 bytes), so len + 1 bytes always suffice.
 */
#include "lexer/lexer.h"

#include <string.h>

#include "lexer/utf8.h"
#include "util/mem.h"

const char *const token_text[TK__COUNT] = {
#define TOK(name, text) [TK_##name] = text,
#include "lexer/token.def"
#undef TOK
};

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/*
 * Decodes the escape at *pp, just past its backslash, and advances *pp.
 * *is_byte says the value is a raw byte (\x, octal) rather than a code
 * point to encode as UTF-8. A malformed escape decodes its valid prefix.
 */
static uint32_t unescape(const char **pp, const char *end, int *is_byte)
{
    static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\''\"\"";
    const char *p = *pp;
    int n = 0, base = 16;
    uint32_t x = 0;

    *is_byte = 0;
    if (p == end)
        return '\\';
    for (const char *s = simple; *s; s += 2) {
        if (*p == s[0]) {
            *pp = p + 1;
            return (unsigned char)s[1];
        }
    }
    switch (*p) {
    case 'x': n = 2, *is_byte = 1, p++; break;
    case 'u': n = 4, p++; break;
    case 'U': n = 8, p++; break;
    default:
        if (*p >= '0' && *p <= '7') {
            n = 3, base = 8, *is_byte = 1;
            break;
        }
        *pp = p + 1;            /* unknown escape: keep the character */
        return (unsigned char)*p;
    }
    for (; n > 0 && p < end; n--, p++) {
        int d = hex_value(*p);
        if (d < 0 || d >= base)
            break;
        x = x * (uint32_t)base + (uint32_t)d;
    }
    *pp = p;
    return x;
}

/* The text between the quotes; a missing closing quote (an unterminated
 * literal the lexer has reported) is tolerated. */
static void literal_body(const char *lit, size_t len, const char **b, const char **e)
{
    *b = lit, *e = lit + len;
    if (len > 0 && (*lit == '"' || *lit == '`' || *lit == '\''))
        (*b)++;
    if (*e > *b && (*e)[-1] == *lit)
        (*e)--;
}

char *lex_unquote(const char *lit, size_t len, size_t *out_len)
{
    const char *p, *end;
    char *buf = xmalloc(len + 1), *q = buf;

    literal_body(lit, len, &p, &end);
    if (len > 0 && *lit == '`') {
        for (; p < end; p++)
            if (*p != '\r')
                *q++ = *p;
    } else {
        while (p < end) {
            int is_byte;
            uint32_t x;
            if (*p != '\\') {
                *q++ = *p++;
                continue;
            }
            p++;
            x = unescape(&p, end, &is_byte);
            if (is_byte)
                *q++ = (char)x;
            else
                q += utf8_encode(q, x);
        }
    }
    *q = '\0';
    *out_len = (size_t)(q - buf);
    return buf;
}

int32_t lex_rune_value(const char *lit, size_t len)
{
    const char *p, *end;
    int is_byte, w;

    literal_body(lit, len, &p, &end);
    if (p == end)
        return 0;
    if (*p == '\\') {
        p++;
        return (int32_t)unescape(&p, end, &is_byte);
    }
    return utf8_decode((const unsigned char *)p, (const unsigned char *)end, &w);
}
