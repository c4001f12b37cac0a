// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"plain", "with \"quotes\"", "tab\tnewline\n", "unicode é ☃", "bell\a nul\x00", "bad \xff utf8", "`backtick`", ""}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '\n', 'é', '☃', 0x7f, -1} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
	}
	for _, q := range []string{`"hello"`, `"a\tb\u00e9"`, "`raw\\n`", `'x'`, `"unterminated`, `noquotes`, `"\x41\101"`, `'ab'`, `"\q"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%-16s -> %q %v\n", q, s, err)
	}
	r, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(r, mb, tail, err)
	b := strconv.AppendQuote([]byte("q:"), "hi\n")
	b = strconv.AppendQuoteRune(b, '☺')
	fmt.Println(string(b))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\t'), strconv.IsPrint('☃'))
}
