// Package unicode: the API golite's type checker sees for import "unicode".
//
// Names, signatures and constant values are Go 1.19's (src/unicode, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
//
// Of the range tables only Letter, Digit, Upper, Lower, Space and Punct are declared.
// They hold Go's exact tables (the ranges, strides and LatinOffset of tables.go),
// copied at initialisation from data in stdlib/native_unicode.c. Is, In, IsOneOf
// and SpecialCase's methods are Go 1.19's source (letter.go, graphic.go); the
// predicates and case mappings are native.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = 0
	LowerCase = 1
	TitleCase = 2
	MaxCase   = 3
)

// If the Delta field of a CaseRange is UpperLower, it means this CaseRange represents a
// sequence of the form (say) Upper Lower Upper Lower.
const UpperLower = MaxRune + 1

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// These variables have type *RangeTable.
var (
	Digit  = newTable(0) // Go: _Nd
	Letter = newTable(1) // Go: _L
	Lower  = newTable(2) // Go: _Ll
	Punct  = newTable(3) // Go: _P
	Space  = newTable(4) // Go: _Z
	Upper  = newTable(5) // Go: _Lu
)

// newTable makes a copy of one of the runtime's tables (R32 is nil when empty, as in
// Go's tables.go). Native.
func newTable(t int) *RangeTable

// The functions below, to SpecialCase's methods, are Go 1.19's source
// (src/unicode/letter.go and graphic.go).

// linearMax is the maximum size table for linear search for non-Latin1 rune.
// Derived by running 'go test -calibrate'.
const linearMax = 18

// is16 reports whether r is in the sorted slice of 16-bit ranges.
func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}

	// binary search over ranges
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		range_ := &ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// is32 reports whether r is in the sorted slice of 32-bit ranges.
func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}

	// binary search over ranges
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		range_ := ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	// Compare as uint32 to correctly handle negative runes.
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// to maps the rune using the specified case mapping.
// It additionally reports whether caseRange contained a mapping for r.
func to(_case int, r rune, caseRange []CaseRange) (mappedRune rune, foundMapping bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false // as reasonable an error as any
	}
	// binary search over ranges
	lo := 0
	hi := len(caseRange)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// In an Upper-Lower sequence, which always starts with
				// an UpperCase letter, the real deltas always look like:
				//	{0, 1, 0}    UpperCase (Lower is next)
				//	{-1, 0, -1}  LowerCase (Upper, Title are previous)
				// The characters at even offsets from the beginning of the
				// sequence are upper case; the ones at odd offsets are lower.
				// The correct mapping can be done by clearing or setting the low
				// bit in the sequence offset.
				// The constants UpperCase and TitleCase are even while LowerCase
				// is odd so we take the low bit from _case.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// IsControl reports whether the rune is a control character.
func IsControl(r rune) bool

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode.
func IsGraphic(r rune) bool

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool

// IsPrint reports whether the rune is defined as printable by Go.
func IsPrint(r rune) bool

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool

// IsSpace reports whether the rune is a space character as defined by Unicode's White Space
// property; in the Latin-1 space this is '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL),
// U+00A0 (NBSP).
func IsSpace(r rune) bool

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool

// SimpleFold iterates over Unicode code points equivalent under the Unicode-defined simple case
// folding.
func SimpleFold(r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune

// ToLower maps the rune to lower case.
func ToLower(r rune) rune

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune

// CaseRange represents a range of Unicode code points for simple (one code point to one code
// point) case conversion.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one or more of the
// values will not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable defines a set of Unicode code points by listing the ranges of code points within
// the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// SpecialCase represents language-specific case mappings such as Turkish.
type SpecialCase []CaseRange

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

type d [MaxCase]rune
