/*
 * utf8.h — UTF-8 decoding and encoding with the exact semantics of Go's
 * unicode/utf8 (DecodeRune, EncodeRune), shared by lexer.re and unquote.c.
 *
 * Go's rules are what make source positions and error counts agree with go:
 * an invalid sequence (bad lead byte, bad or missing continuation byte,
 * overlong form, surrogate, beyond U+10FFFF) decodes as RUNE_ERROR with
 * width 1, so the next byte is examined afresh; a correctly encoded U+FFFD
 * decodes with width 3 and is not an error.
 */
#ifndef GOLITE_UTF8_H
#define GOLITE_UTF8_H

#include <stddef.h>
#include <stdint.h>

enum {
    RUNE_ERROR = 0xFFFD,
    RUNE_MAX   = 0x10FFFF,
    UTF8_MAX   = 4,         /* longest encoding in bytes */
};

/* Decodes the rune at p (p < end). *width is 1..4; RUNE_ERROR with width 1
 * means the bytes at p are not valid UTF-8. */
static inline int32_t utf8_decode(const unsigned char *p, const unsigned char *end,
                                  int *width)
{
    unsigned c = p[0];
    int n;
    unsigned lo = 0x80, hi = 0xBF;      /* range of the second byte */
    int32_t r;

    *width = 1;
    if (c < 0x80)
        return (int32_t)c;
    if (c < 0xC2 || c > 0xF4)           /* continuation byte or overlong/out of range lead */
        return RUNE_ERROR;
    if (c < 0xE0) {
        n = 2, r = c & 0x1F;
    } else if (c < 0xF0) {
        n = 3, r = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;       /* overlong */
        if (c == 0xED) hi = 0x9F;       /* surrogates */
    } else {
        n = 4, r = c & 0x07;
        if (c == 0xF0) lo = 0x90;       /* overlong */
        if (c == 0xF4) hi = 0x8F;       /* beyond U+10FFFF */
    }
    if (end - p < n || p[1] < lo || p[1] > hi)
        return RUNE_ERROR;
    for (int i = 1; i < n; i++) {
        if (i > 1 && (p[i] < 0x80 || p[i] > 0xBF))
            return RUNE_ERROR;
        r = r << 6 | (p[i] & 0x3F);
    }
    *width = n;
    return r;
}

/* utf8.RuneLen: the bytes r encodes to, -1 for a surrogate or a value
 * that is not a rune. */
static inline int utf8_rune_len(int32_t r)
{
    if (r < 0)
        return -1;
    if (r < 0x80)
        return 1;
    if (r < 0x800)
        return 2;
    if (r >= 0xD800 && r <= 0xDFFF)
        return -1;
    if (r < 0x10000)
        return 3;
    return r <= RUNE_MAX ? 4 : -1;
}

/* Encodes r into buf (at least UTF8_MAX bytes) and returns the length.
 * Surrogates and values beyond RUNE_MAX encode RUNE_ERROR, as in Go. */
static inline int utf8_encode(char *buf, uint32_t r)
{
    unsigned char *b = (unsigned char *)buf;
    if (r < 0x80) {
        b[0] = (unsigned char)r;
        return 1;
    }
    if (r < 0x800) {
        b[0] = (unsigned char)(0xC0 | r >> 6);
        b[1] = (unsigned char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r > RUNE_MAX || (r >= 0xD800 && r < 0xE000))
        r = RUNE_ERROR;
    if (r < 0x10000) {
        b[0] = (unsigned char)(0xE0 | r >> 12);
        b[1] = (unsigned char)(0x80 | (r >> 6 & 0x3F));
        b[2] = (unsigned char)(0x80 | (r & 0x3F));
        return 3;
    }
    b[0] = (unsigned char)(0xF0 | r >> 18);
    b[1] = (unsigned char)(0x80 | (r >> 12 & 0x3F));
    b[2] = (unsigned char)(0x80 | (r >> 6 & 0x3F));
    b[3] = (unsigned char)(0x80 | (r & 0x3F));
    return 4;
}

#endif
