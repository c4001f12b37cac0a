/*
 * native_unicode.c — package unicode's predicates and case mappings, exact
 * for all of Unicode 13.0.0 through runtime/unicode.c. The RangeTable
 * functions (Is, In, IsOneOf), the table variables and SpecialCase's
 * methods are Go source.
 */
#include "runtime/unicode.h"
#include "stdlib/native.h"

#define PRED(name, mask) \
    static void name(G *g, uint64_t *a) { a[0] = (uint64_t)uni_is((int32_t)a[0], mask); }

PRED(IsControl, UNI_CONTROL)
PRED(IsDigit, UNI_DIGIT)
PRED(IsGraphic, UNI_GRAPHIC)
PRED(IsLetter, UNI_LETTER)
PRED(IsLower, UNI_LOWER)
PRED(IsMark, UNI_MARK)
PRED(IsNumber, UNI_NUMBER)
PRED(IsPrint, UNI_PRINT)
PRED(IsPunct, UNI_PUNCT)
PRED(IsSymbol, UNI_SYMBOL)
PRED(IsTitle, UNI_TITLE)
PRED(IsUpper, UNI_UPPER)

static void IsSpace(G *g, uint64_t *a) { a[0] = (uint64_t)uni_is_space((int32_t)a[0]); }

static void ret_rune(uint64_t *a, int32_t r) { a[0] = (uint64_t)(int64_t)r; }

static void ToUpper(G *g, uint64_t *a) { ret_rune(a, uni_to_upper((int32_t)a[0])); }
static void ToLower(G *g, uint64_t *a) { ret_rune(a, uni_to_lower((int32_t)a[0])); }
static void ToTitle(G *g, uint64_t *a) { ret_rune(a, uni_to_title((int32_t)a[0])); }
static void SimpleFold(G *g, uint64_t *a) { ret_rune(a, uni_simple_fold((int32_t)a[0])); }

/* func To(_case int, r rune) rune */
static void To(G *g, uint64_t *a)
{
    int64_t c = (int64_t)a[0];
    int32_t r = (int32_t)a[1];
    ret_rune(a, c < 0 || c >= UNI_MAX_CASE ? 0xFFFD : uni_to((int)c, r));
}

#define N(f) { "unicode." #f, f }

const NativeDef natives_unicode[] = {
    N(IsControl), N(IsDigit), N(IsGraphic), N(IsLetter), N(IsLower), N(IsMark), N(IsNumber),
    N(IsPrint), N(IsPunct), N(IsSpace), N(IsSymbol), N(IsTitle), N(IsUpper), N(SimpleFold),
    N(To), N(ToLower), N(ToTitle), N(ToUpper),
    { NULL, NULL },
};
