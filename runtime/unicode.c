/*
 * unicode.c — Unicode properties and case mapping over the tables that
 * runtime/mkunitab.go writes from Go's own unicode package, so every answer
 * is Go 1.19's. The property table is a sorted list of runs (a rune has the
 * properties of the last run starting at or below it); the case table is
 * unicode.CaseRanges itself, searched as unicode.to searches it.
 */
#include "runtime/unicode.h"

#include <stddef.h>

typedef struct UniRun {
    uint32_t start;
    uint16_t props;
} UniRun;

/* A CaseRange delta that is not a delta: the range alternates upper and
 * lower case letters (unicode.UpperLower). */
#define UNI_UPPER_LOWER (0x10FFFF + 1)

typedef struct UniCaseRange {
    int32_t lo, hi;
    int32_t delta[UNI_MAX_CASE];
} UniCaseRange;

#include "runtime/unitab.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

unsigned uni_props(int32_t r)
{
    if (r < 0 || r > 0x10FFFF)
        return 0;
    size_t lo = 0, hi = COUNT(uni_runs);
    while (hi - lo > 1) {       /* invariant: uni_runs[lo].start <= r */
        size_t mid = lo + (hi - lo) / 2;
        if (uni_runs[mid].start <= (uint32_t)r)
            lo = mid;
        else
            hi = mid;
    }
    return uni_runs[lo].props;
}

int uni_is_space(int32_t r)
{
    if ((uint32_t)r <= 0xFF)
        return r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' ||
               r == ' ' || r == 0x85 || r == 0xA0;
    return uni_is(r, UNI_SPACE);
}

/* unicode.to: found reports whether r lies in some case range. */
static int32_t case_to(int c, int32_t r, int *found)
{
    size_t lo = 0, hi = COUNT(uni_case_ranges);
    *found = 0;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        const UniCaseRange *cr = &uni_case_ranges[m];
        if (cr->lo <= r && r <= cr->hi) {
            int32_t d = cr->delta[c];
            *found = 1;
            if (d == UNI_UPPER_LOWER)   /* even offsets upper, odd lower */
                return cr->lo + (((r - cr->lo) & ~1) | (c & 1));
            return r + d;
        }
        if (r < cr->lo)
            hi = m;
        else
            lo = m + 1;
    }
    return r;
}

int32_t uni_to(int c, int32_t r)
{
    int found;
    if (c < 0 || c >= UNI_MAX_CASE)
        return 0xFFFD;
    return case_to(c, r, &found);
}

int32_t uni_to_upper(int32_t r)
{
    if (r < 0x80)
        return r >= 'a' && r <= 'z' ? r - 32 : r;
    return uni_to(UNI_CASE_UPPER, r);
}

int32_t uni_to_lower(int32_t r)
{
    if (r < 0x80)
        return r >= 'A' && r <= 'Z' ? r + 32 : r;
    return uni_to(UNI_CASE_LOWER, r);
}

int32_t uni_to_title(int32_t r)
{
    if (r < 0x80)
        return r >= 'a' && r <= 'z' ? r - 32 : r;
    return uni_to(UNI_CASE_TITLE, r);
}

int32_t uni_simple_fold(int32_t r)
{
    if (r < 0 || r > 0x10FFFF)
        return r;
    size_t lo = 0, hi = COUNT(uni_fold_orbit);
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (uni_fold_orbit[m][0] < r)
            lo = m + 1;
        else
            hi = m;
    }
    if (lo < COUNT(uni_fold_orbit) && uni_fold_orbit[lo][0] == r)
        return uni_fold_orbit[lo][1];
    int32_t l = uni_to_lower(r);
    return l != r ? l : uni_to_upper(r);
}
