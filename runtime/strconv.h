/*
 * strconv.h — Go's number and string conversions, byte for byte as Go 1.19's
 * strconv package: FormatFloat (fmt_ftoa), FormatInt, Quote and its
 * variants, Unquote, ParseInt/ParseUint/ParseFloat. Used by fmt.c and by the
 * strconv natives. Output goes to a Buf; parsers report Go's error kind as
 * a STRCONV_* code and leave building the *NumError to Go source.
 */
#ifndef GOLITE_STRCONV_H
#define GOLITE_STRCONV_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* strconv.FormatFloat(v, verb, prec, bitsize): verb one of b e E f g G x X
 * (anything else prints "%verb"), prec -1 for the shortest repetition that
 * reads back exactly, bitsize 32 or 64. */
void fmt_ftoa(Buf *b, double v, char verb, int prec, int bitsize);

/* strconv.FormatInt / FormatUint; base must be 2..36. */
void strconv_fmt_int(Buf *b, int64_t v, int base);
void strconv_fmt_uint(Buf *b, uint64_t v, int base);

/* strconv.Quote (quote '"'), QuoteToASCII (ascii_only), QuoteToGraphic
 * (graphic_only), and the Rune forms with quote '\''. */
void strconv_quote(Buf *b, const uint8_t *s, size_t n, uint8_t quote, int ascii_only,
                   int graphic_only);
void strconv_quote_rune(Buf *b, int32_t r, int ascii_only, int graphic_only);
int strconv_can_backquote(const uint8_t *s, size_t n);
int strconv_is_print(int32_t r);
int strconv_is_graphic(int32_t r);

/* Error kinds of the parsers, in the order NumError's wrapper expects. */
enum {
    STRCONV_OK,
    STRCONV_ESYNTAX,    /* ErrSyntax */
    STRCONV_ERANGE,     /* ErrRange */
    STRCONV_EBASE,      /* "invalid base N" */
    STRCONV_EBITSIZE,   /* "invalid bit size N" */
};

/* strconv.ParseUint / ParseInt / ParseFloat: *out gets the value Go returns
 * alongside the error (0 on syntax errors, the clamped value on range). */
int strconv_parse_uint(const uint8_t *s, size_t n, int64_t base, int64_t bitsize, uint64_t *out);
int strconv_parse_int(const uint8_t *s, size_t n, int64_t base, int64_t bitsize, int64_t *out);
int strconv_parse_float(const uint8_t *s, size_t n, int64_t bitsize, double *out);
/* strconv's parseFloatPrefix: the float at the start of s; *used is its
 * length (0 after a syntax error). */
int strconv_parse_float_prefix(const uint8_t *s, size_t n, int64_t bitsize, double *out,
                               size_t *used);

/* strconv.UnquoteChar: STRCONV_OK or STRCONV_ESYNTAX; *used is the length of
 * the decoded prefix (the tail starts there). */
int strconv_unquote_char(const uint8_t *s, size_t n, uint8_t quote, int32_t *value,
                         int *multibyte, size_t *used);
/* strconv's unquote(in, unescape): the quoted string at the start of s.
 * On success *used is its length and out holds the unescaped value (or,
 * when !unescape, the literal itself). */
int strconv_unquote(const uint8_t *s, size_t n, int unescape, Buf *out, size_t *used);

#endif
