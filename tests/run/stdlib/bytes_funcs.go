// run

package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func b(s string) []byte { return []byte(s) }

func show(name string, x [][]byte) {
	fmt.Printf("%s: n=%d nil=%v", name, len(x), x == nil)
	for _, e := range x {
		fmt.Printf(" %q(%d,%d)", e, len(e), cap(e))
	}
	fmt.Println()
}

func showb(name string, x []byte) {
	fmt.Printf("%s: %q len=%d nil=%v\n", name, x, len(x), x == nil)
}

func main() {
	inputs := []string{"", "a", "abc", "héllo, wörld", "\xff\xfeab", "a\xffb\xe2\x82", "€uro €", "\uFFFDx"}

	// Search functions (natives).
	for _, s := range inputs {
		fmt.Printf("%q: IB=%d LIB=%d IR(ö)=%d IR(FFFD)=%d IR(-1)=%d IR(0x110000)=%d IA=%d LIA=%d IA(ff)=%d LIA(ff)=%d\n", s,
			bytes.IndexByte(b(s), 'l'), bytes.LastIndexByte(b(s), 'l'),
			bytes.IndexRune(b(s), 'ö'), bytes.IndexRune(b(s), unicode.ReplacementChar), bytes.IndexRune(b(s), -1),
			bytes.IndexRune(b(s), 0x110000),
			bytes.IndexAny(b(s), "lo€"), bytes.LastIndexAny(b(s), "lo€"),
			bytes.IndexAny(b(s), "\xff"), bytes.LastIndexAny(b(s), "x\uFFFD"))
		fmt.Printf("  Count(l)=%d Count()=%d Count(ll)=%d Index(l)=%d Index(ll)=%d LastIndex(l)=%d LastIndex()=%d Runes=%q\n",
			bytes.Count(b(s), b("l")), bytes.Count(b(s), nil), bytes.Count(b(s), b("ll")),
			bytes.Index(b(s), b("l")), bytes.Index(b(s), b("ll")), bytes.LastIndex(b(s), b("l")), bytes.LastIndex(b(s), nil),
			bytes.Runes(b(s)))
	}
	fmt.Println(bytes.IndexAny(b("abcdefghijklmnop"), "pon"), bytes.LastIndexAny(b("abcdefghijklmnop"), "abc"), bytes.IndexAny(b("abc"), ""), bytes.LastIndexAny(nil, "a"))
	fmt.Println(bytes.IndexAny(b("x"), "abx"), bytes.IndexAny(b("\x80"), "a\xc0"), bytes.LastIndexAny(b("\x80"), "a\uFFFD"))
	fmt.Println(bytes.Count(b("aaaaa"), b("aa")), bytes.Count(b("cheese"), b("e")), bytes.Count(b("five"), b("")))
	fmt.Println(bytes.LastIndex(b("go gopher"), b("go")), bytes.LastIndex(b("go gopher"), b("rodent")), bytes.LastIndex(b("ab"), b("ab")), bytes.LastIndex(b("a"), b("ab")))
	fmt.Println(bytes.Equal(nil, nil), bytes.Equal(b("a"), nil), bytes.Compare(b("abc"), b("abd")), bytes.Compare(b("abc"), b("ab")))

	// Contains*.
	fmt.Println(bytes.ContainsAny(b("seafood"), "xyz"), bytes.ContainsAny(b("seafood"), "fo"), bytes.ContainsAny(b(""), ""), bytes.ContainsAny(b("€"), "€"))
	fmt.Println(bytes.ContainsRune(b("aardvark"), 97), bytes.ContainsRune(b("timeout"), 'a'), bytes.ContainsRune(b("héllo"), 'é'), bytes.ContainsRune(nil, 'a'))

	// Cut.
	for _, sep := range []string{"", "a", "bc", "xyz", "abc"} {
		before, after, found := bytes.Cut(b("abcabc"), b(sep))
		fmt.Printf("Cut(%q): %q %q %v nil=%v,%v\n", sep, before, after, found, before == nil, after == nil)
	}

	// EqualFold.
	pairs := [][2]string{{"Go", "GO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"K", "\u212A"}, {"abc", "abd"}, {"a", "ab"}, {"", ""}, {"\xff", "\xff"}, {"ǅ", "ǆ"}, {"ß", "SS"}}
	for _, p := range pairs {
		fmt.Print(bytes.EqualFold(b(p[0]), b(p[1])), " ")
	}
	fmt.Println()

	// Fields, FieldsFunc.
	show("Fields", bytes.Fields(b("  foo bar  baz   ")))
	show("Fields empty", bytes.Fields(b("")))
	show("Fields spaces", bytes.Fields(b(" \t\n ")))
	show("Fields unicode", bytes.Fields(b("a\u00a0b\u2003c  d\u3000")))
	show("Fields invalid", bytes.Fields(b("\xff a\xfe")))
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }
	show("FieldsFunc", bytes.FieldsFunc(b("  foo1;bar2,baz3..."), notLetter))
	show("FieldsFunc none", bytes.FieldsFunc(b(";;;"), notLetter))
	show("FieldsFunc é", bytes.FieldsFunc(b("héllo wörld\xff!"), notLetter))

	// IndexFunc, LastIndexFunc.
	fmt.Println(bytes.IndexFunc(b("Hello, 世界"), func(r rune) bool { return r >= 0x80 }), bytes.IndexFunc(b("Hello"), unicode.IsDigit),
		bytes.LastIndexFunc(b("go123"), unicode.IsLetter), bytes.LastIndexFunc(b("123"), unicode.IsLetter), bytes.IndexFunc(nil, unicode.IsLetter),
		bytes.IndexFunc(b("ab\xffc"), func(r rune) bool { return r == unicode.ReplacementChar }),
		bytes.LastIndexFunc(b("a\xffbc"), func(r rune) bool { return r == unicode.ReplacementChar }))

	// Join.
	showb("Join", bytes.Join([][]byte{b("foo"), b("bar"), b("baz")}, b(", ")))
	showb("Join nil", bytes.Join(nil, b(", ")))
	showb("Join one", bytes.Join([][]byte{b("x")}, b(", ")))
	showb("Join empties", bytes.Join([][]byte{nil, nil}, nil))
	showb("Join one nil", bytes.Join([][]byte{nil}, b("-")))

	// HasPrefix/HasSuffix/TrimPrefix/TrimSuffix.
	fmt.Println(bytes.HasPrefix(b("Gopher"), b("Go")), bytes.HasPrefix(b("Gopher"), b("C")), bytes.HasSuffix(b("Amigo"), b("go")), bytes.HasSuffix(b("Amigo"), nil))
	showb("TrimPrefix", bytes.TrimPrefix(b("Goodbye"), b("Good")))
	showb("TrimPrefix no", bytes.TrimPrefix(b("Goodbye"), b("bye")))
	showb("TrimSuffix", bytes.TrimSuffix(b("Goodbye"), b("bye")))
	showb("TrimSuffix all", bytes.TrimSuffix(b("bye"), b("bye")))
	showb("TrimPrefix nil", bytes.TrimPrefix(nil, nil))

	// Map.
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	showb("Map rot13", bytes.Map(rot13, b("'Twas brillig and the slithy gopher...")))
	showb("Map drop", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}, b("banana")))
	showb("Map grow", bytes.Map(func(r rune) rune { return '世' }, b("abc")))
	showb("Map invalid", bytes.Map(func(r rune) rune { return r }, b("a\xffb")))
	showb("Map bad rune", bytes.Map(func(r rune) rune { return 0xD800 }, b("ab")))
	showb("Map empty", bytes.Map(rot13, nil))

	// Repeat.
	showb("Repeat", bytes.Repeat(b("na"), 3))
	showb("Repeat 0", bytes.Repeat(b("na"), 0))
	showb("Repeat empty", bytes.Repeat(nil, 5))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bytes.Repeat(b("x"), -1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bytes.Repeat(b("xy"), 1<<62)
	}()

	// Replace, ReplaceAll.
	showb("Replace 2", bytes.Replace(b("oink oink oink"), b("k"), b("ky"), 2))
	showb("Replace -1", bytes.Replace(b("oink oink oink"), b("oink"), b("moo"), -1))
	showb("Replace 0", bytes.Replace(b("oink"), b("k"), b("ky"), 0))
	showb("Replace empty old", bytes.Replace(b("héllo"), nil, b("-"), -1))
	showb("Replace empty old 2", bytes.Replace(b("héllo"), nil, b("-"), 2))
	showb("Replace none", bytes.Replace(b("abc"), b("x"), b("y"), -1))
	showb("Replace nil", bytes.Replace(nil, b("x"), b("y"), -1))
	showb("ReplaceAll", bytes.ReplaceAll(b("oink oink oink"), b("oink"), nil))

	// Split family.
	show("Split", bytes.Split(b("a,b,c"), b(",")))
	show("Split empty sep", bytes.Split(b("héy\xff"), nil))
	show("Split empty", bytes.Split(nil, b(",")))
	show("Split both empty", bytes.Split(nil, nil))
	show("Split no sep", bytes.Split(b("a man a plan a canal panama"), b("a ")))
	show("SplitN 2", bytes.SplitN(b("a,b,c,d"), b(","), 2))
	show("SplitN 0", bytes.SplitN(b("a,b,c,d"), b(","), 0))
	show("SplitN -1", bytes.SplitN(b("a,b,c,d"), b(","), -1))
	show("SplitN 10", bytes.SplitN(b("a,b"), b(","), 10))
	show("SplitN empty 2", bytes.SplitN(b("abc"), nil, 2))
	show("SplitAfter", bytes.SplitAfter(b("a,b,c"), b(",")))
	show("SplitAfter trailing", bytes.SplitAfter(b("a,b,"), b(",")))
	show("SplitAfterN 2", bytes.SplitAfterN(b("a,b,c,d"), b(","), 2))
	show("SplitAfterN 0", bytes.SplitAfterN(b("a,b,c,d"), b(","), 0))
	show("SplitAfter empty sep", bytes.SplitAfter(b("ab"), nil))

	// Title, To*, ToValidUTF8.
	showb("Title", bytes.Title(b("her royal highness, ñandú_x 3rd-place")))
	showb("ToUpper", bytes.ToUpper(b("Gopher 123")))
	showb("ToUpper unicode", bytes.ToUpper(b("héllo wörld ß ǆ \xff")))
	showb("ToUpper nochange", bytes.ToUpper(b("ABC")))
	showb("ToUpper nil", bytes.ToUpper(nil))
	showb("ToLower", bytes.ToLower(b("Gopher 123")))
	showb("ToLower unicode", bytes.ToLower(b("HÉLLO WÖRLD Σ İ")))
	showb("ToLower nochange", bytes.ToLower(b("abc")))
	showb("ToTitle", bytes.ToTitle(b("loud noises ǆ")))
	showb("ToValidUTF8", bytes.ToValidUTF8(b("a\xff\xfeb\xc0c\xe2\x82"), b("\uFFFD")))
	showb("ToValidUTF8 empty repl", bytes.ToValidUTF8(b("a\xff\xfeb"), nil))
	showb("ToValidUTF8 valid", bytes.ToValidUTF8(b("héllo"), b("?")))
	showb("ToValidUTF8 nil", bytes.ToValidUTF8(nil, b("?")))

	// Trim family.
	showb("Trim", bytes.Trim(b(" !!! Achtung! Achtung! !!! "), "! "))
	showb("Trim one", bytes.Trim(b("xxhixx"), "x"))
	showb("Trim all", bytes.Trim(b("xxxx"), "x"))
	showb("Trim empty cutset", bytes.Trim(b("  a  "), ""))
	showb("Trim nil", bytes.Trim(nil, "x"))
	showb("Trim empty", bytes.Trim([]byte{}, "x"))
	showb("Trim unicode", bytes.Trim(b("¡¡¡Hello, Gophers!!!"), "!¡"))
	showb("Trim invalid", bytes.Trim(b("\xffabc\xfe"), "\uFFFD"))
	showb("TrimLeft", bytes.TrimLeft(b("453gopher8257"), "0123456789"))
	showb("TrimLeft byte", bytes.TrimLeft(b("aab"), "a"))
	showb("TrimLeft all", bytes.TrimLeft(b("aaa"), "a"))
	showb("TrimLeft unicode", bytes.TrimLeft(b("ééa"), "é"))
	showb("TrimLeft empty", bytes.TrimLeft([]byte{}, ""))
	showb("TrimRight", bytes.TrimRight(b("453gopher8257"), "0123456789"))
	showb("TrimRight all", bytes.TrimRight(b("aaa"), "a"))
	showb("TrimRight unicode", bytes.TrimRight(b("aéé"), "éx"))
	showb("TrimRight empty", bytes.TrimRight([]byte{}, "a"))
	showb("TrimFunc", bytes.TrimFunc(b("123go456"), unicode.IsDigit))
	showb("TrimFunc all", bytes.TrimFunc(b("123"), unicode.IsDigit))
	showb("TrimLeftFunc", bytes.TrimLeftFunc(b("123go456"), unicode.IsDigit))
	showb("TrimLeftFunc all", bytes.TrimLeftFunc(b("123"), unicode.IsDigit))
	showb("TrimRightFunc", bytes.TrimRightFunc(b("123go456"), unicode.IsDigit))
	showb("TrimRightFunc multibyte", bytes.TrimRightFunc(b("goé1"), unicode.IsDigit))
	showb("TrimRightFunc all", bytes.TrimRightFunc(b("123"), unicode.IsDigit))
	showb("TrimSpace", bytes.TrimSpace(b(" \t\n a lone gopher \n\t\r\n")))
	showb("TrimSpace unicode", bytes.TrimSpace(b("\u00a0\u2003 x \u3000")))
	showb("TrimSpace all", bytes.TrimSpace(b(" \t ")))
	showb("TrimSpace nil", bytes.TrimSpace(nil))

	// Results share the argument's bytes where Go's do.
	src := b("  shared  ")
	t := bytes.TrimSpace(src)
	t[0] = 'S'
	fmt.Printf("%q\n", src)
	parts := bytes.Split(src, b(" "))
	parts[2] = append(parts[2], '!')
	fmt.Printf("%q %q\n", src, parts)

	// Runes.
	fmt.Printf("%q %v\n", bytes.Runes(b("a\xffé")), bytes.Runes(nil) == nil)
	fmt.Println(bytes.MinRead)
}
