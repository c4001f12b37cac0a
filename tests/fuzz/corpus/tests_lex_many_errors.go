// errorcheck

// Lexical errors do not stop the scan: each bad literal is reported and the
// rest of the file still lexes.

package main

func main() {
	a := "\q" // ERROR "unknown escape"
	b := 0b2 // ERROR "invalid digit '2' in binary literal"
	c := '' // ERROR "empty rune literal"
	d := 1 @+ 2 // ERROR "invalid character U\+0040 '@'"
	e := 0x1.0 // ERROR "hexadecimal mantissa requires a 'p' exponent"
	f := "\xZZ" // ERROR "invalid character 'Z' in hexadecimal escape"
	g := 1__2 // ERROR "'_' must separate successive digits"
	println(a, b, c, d, e, f, g)
}
