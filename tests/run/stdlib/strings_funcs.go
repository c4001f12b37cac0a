// run

// The strings functions that take a func: Map, FieldsFunc, IndexFunc,
// LastIndexFunc, TrimFunc, TrimLeftFunc and TrimRightFunc, with Go's
// answers on multi-byte and invalid UTF-8 input.

package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	}
	return r
}

func main() {
	inputs := []string{"", "Hello, World!", "  héllo wörld  ", "a\xffb\xc0\x80c", "日本語 テキスト", "\u00a0x\u2003", "\xef\xbf\xbd ok"}

	// Map: identity, rot13, dropping runes (negative), growing and
	// shrinking encodings, and mapping to RuneError.
	drop := func(r rune) rune {
		if unicode.IsSpace(r) || r == 'l' {
			return -1
		}
		return r
	}
	widen := func(r rune) rune {
		if r < 0x80 {
			return r + 0x1D400 - 'A'
		}
		return 'x'
	}
	for _, s := range inputs {
		same := strings.Map(func(r rune) rune { return r }, s)
		fmt.Printf("%q %q %q %q %q %q\n", same, strings.Map(rot13, s), strings.Map(drop, s),
			strings.Map(widen, s), strings.Map(unicode.ToUpper, s), strings.Map(func(rune) rune { return '\uFFFD' }, s))
	}
	fmt.Println(strings.Map(func(rune) rune { return -1 }, "gone") == "")

	// FieldsFunc.
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	for _, s := range append(inputs, ";a;;b;", ";;;", "abc") {
		fmt.Printf("%q %q\n", strings.FieldsFunc(s, notLetter), strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ' ' }))
	}

	// IndexFunc and LastIndexFunc.
	isUpper := func(r rune) bool { return unicode.IsUpper(r) }
	isBad := func(r rune) bool { return r == '\uFFFD' }
	for _, s := range append(inputs, "abcABCabc", "ÀÉÎ") {
		fmt.Println(strings.IndexFunc(s, isUpper), strings.LastIndexFunc(s, isUpper),
			strings.IndexFunc(s, isBad), strings.LastIndexFunc(s, isBad),
			strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsSpace))
	}

	// TrimFunc, TrimLeftFunc, TrimRightFunc.
	digit := func(r rune) bool { return r >= '0' && r <= '9' }
	for _, s := range append(inputs, "123abc456", "123", "1é2", "\xff12\xff", "12\xff") {
		fmt.Printf("%q %q %q %q %q\n", strings.TrimFunc(s, digit), strings.TrimLeftFunc(s, digit),
			strings.TrimRightFunc(s, digit), strings.TrimFunc(s, unicode.IsSpace), strings.TrimRightFunc(s, isBad))
	}

	// A closure keeping state across calls.
	n := 0
	counted := strings.Map(func(r rune) rune {
		n++
		if n%2 == 0 {
			return unicode.ToUpper(r)
		}
		return r
	}, "alternating case")
	fmt.Println(counted, n)

	fmt.Println(strings.Title("hello wide world"), strings.Title("ünïcode and\tτέλος"))
}
