// run

package main

import (
	"fmt"
	"unicode"
)

var turkish = unicode.SpecialCase{
	unicode.CaseRange{Lo: 0x0049, Hi: 0x0049, Delta: [unicode.MaxCase]rune{0, 0x131 - 0x49, 0}},
	unicode.CaseRange{Lo: 0x0069, Hi: 0x0069, Delta: [unicode.MaxCase]rune{0x130 - 0x69, 0, 0x130 - 0x69}},
	unicode.CaseRange{Lo: 0x0130, Hi: 0x0130, Delta: [unicode.MaxCase]rune{0, 0x69 - 0x130, 0}},
	unicode.CaseRange{Lo: 0x0131, Hi: 0x0131, Delta: [unicode.MaxCase]rune{0x49 - 0x131, 0, 0x49 - 0x131}},
}

// An Upper-Lower sequence, as in Go's CaseRanges.
var upperLower = unicode.SpecialCase{
	{Lo: 0x0100, Hi: 0x012F, Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
	{Lo: 0x2C00, Hi: 0x2C2E, Delta: [unicode.MaxCase]rune{0, 48, 0}},
}

func main() {
	tabs := []struct {
		name string
		t    *unicode.RangeTable
		is   func(rune) bool
	}{
		{"Letter", unicode.Letter, unicode.IsLetter},
		{"Digit", unicode.Digit, unicode.IsDigit},
		{"Upper", unicode.Upper, unicode.IsUpper},
		{"Lower", unicode.Lower, unicode.IsLower},
		{"Space", unicode.Space, nil},
		{"Punct", unicode.Punct, unicode.IsPunct},
	}
	for _, tb := range tabs {
		t := tb.t
		fmt.Println(tb.name, len(t.R16), len(t.R32), t.R32 == nil, t.LatinOffset)
		fmt.Println("  first", t.R16[:3], "last", t.R16[len(t.R16)-1])
		if len(t.R32) > 0 {
			fmt.Println("  r32", t.R32[0], t.R32[len(t.R32)-1])
		}
		var sum, lo, hi, st uint64
		for i, r := range t.R16 {
			sum += uint64(i+1) * (uint64(r.Lo)*3 + uint64(r.Hi)*5 + uint64(r.Stride)*7)
			lo, hi, st = lo+uint64(r.Lo), hi+uint64(r.Hi), st+uint64(r.Stride)
		}
		for i, r := range t.R32 {
			sum += uint64(i+1) * (uint64(r.Lo)*11 + uint64(r.Hi)*13 + uint64(r.Stride)*17)
		}
		fmt.Println("  sums", sum, lo, hi, st)
		count, diff := 0, 0
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if r == 0x32000 {
				r = 0xe0000 // nothing in these tables in between
			}
			in := unicode.Is(t, r)
			if in {
				count++
			}
			if tb.is != nil && in != tb.is(r) {
				diff++
			}
		}
		fmt.Println("  count", count, "differs from Is*", diff)
	}
	for _, r := range []rune{'a', 'Z', '5', ' ', '\u00a0', '\u2028', '\n', '!', '世', '٣', 'ǅ', -1, 0x10ffff, 0x110000, 0x1d7ce, 0x1e900} {
		fmt.Printf("%U L%v D%v U%v Lo%v S%v P%v in%v oneof%v in0%v\n", r,
			unicode.Is(unicode.Letter, r), unicode.Is(unicode.Digit, r), unicode.Is(unicode.Upper, r),
			unicode.Is(unicode.Lower, r), unicode.Is(unicode.Space, r), unicode.Is(unicode.Punct, r),
			unicode.In(r, unicode.Digit, unicode.Space), unicode.IsOneOf([]*unicode.RangeTable{unicode.Punct, unicode.Upper}, r),
			unicode.In(r))
	}
	// A table of one's own, with strides and R32.
	mine := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 'a', Hi: 'k', Stride: 2}, {Lo: 0x100, Hi: 0x200, Stride: 16}},
		R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 4}},
	}
	for _, r := range []rune{'a', 'b', 'k', 'l', 0x100, 0x110, 0x111, 0x200, 0x201, 0x10000, 0x10004, 0x10005, 0x10010, 0x10014} {
		fmt.Print(unicode.Is(mine, r), " ")
	}
	fmt.Println(unicode.Is(&unicode.RangeTable{}, 'a'))
	for _, r := range []rune{'i', 'I', 'ı', 'İ', 'a', 'Z', 'ß', 'ǆ', 0x100, 0x101, 0x12f, 0x130, 0x2c05, 0x2c35} {
		fmt.Printf("%q tr: %q %q %q  ul: %q %q %q\n", r, turkish.ToUpper(r), turkish.ToLower(r), turkish.ToTitle(r),
			upperLower.ToUpper(r), upperLower.ToLower(r), upperLower.ToTitle(r))
	}
	var empty unicode.SpecialCase
	fmt.Printf("%q %q %q\n", empty.ToUpper('é'), empty.ToLower('É'), empty.ToTitle('ǆ'))
	unicode.Letter.R16[0].Hi = 'B'
	fmt.Println(unicode.Is(unicode.Letter, 'A'), unicode.Is(unicode.Letter, 'C'), unicode.IsLetter('C'))
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilTab *unicode.RangeTable
	unicode.Is(nilTab, 'x')
}
