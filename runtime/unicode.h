/*
 * unicode.h — Unicode character properties and simple case mapping with the
 * exact answers of Go 1.19's unicode package (Unicode 13.0.0): the Is*
 * predicates, To/ToUpper/ToLower/ToTitle and SimpleFold. Used by the
 * unicode, strings, bytes and strconv natives.
 *
 * Runes outside 0..MaxRune have no properties and map to themselves.
 */
#ifndef GOLITE_UNICODE_H
#define GOLITE_UNICODE_H

#include <stdint.h>

/* Property bits returned by uni_props, one per unicode.Is* predicate. */
enum {
    UNI_UPPER   = 1 << 0,
    UNI_LOWER   = 1 << 1,
    UNI_TITLE   = 1 << 2,
    UNI_LETTER  = 1 << 3,
    UNI_MARK    = 1 << 4,
    UNI_NUMBER  = 1 << 5,
    UNI_DIGIT   = 1 << 6,
    UNI_PUNCT   = 1 << 7,
    UNI_SYMBOL  = 1 << 8,
    UNI_SPACE   = 1 << 9,
    UNI_CONTROL = 1 << 10,
    UNI_PRINT   = 1 << 11,
    UNI_GRAPHIC = 1 << 12,
};

/* unicode.UpperCase, LowerCase, TitleCase. */
enum { UNI_CASE_UPPER, UNI_CASE_LOWER, UNI_CASE_TITLE, UNI_MAX_CASE };

unsigned uni_props(int32_t r);
static inline int uni_is(int32_t r, unsigned mask) { return (uni_props(r) & mask) != 0; }

/* unicode.To: r mapped to case c (UNI_CASE_*); 0xFFFD for a bad case. */
int32_t uni_to(int c, int32_t r);
int32_t uni_to_upper(int32_t r);
int32_t uni_to_lower(int32_t r);
int32_t uni_to_title(int32_t r);
/* unicode.SimpleFold: the next rune of r's case-folding orbit. */
int32_t uni_simple_fold(int32_t r);
/* unicode.IsSpace without the table walk for the common Latin-1 case. */
int uni_is_space(int32_t r);

#endif
