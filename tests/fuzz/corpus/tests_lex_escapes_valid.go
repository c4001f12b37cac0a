// errorcheck

// Every escape Go has; only the last line is wrong.

package main

func main() {
	s := "\a\b\f\n\r\t\v\\\"\000\377\x00\xfF\u0000\uFFFF\U00000000\U0010FFFF"
	r := []rune{'\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', '\007', '\x7f', '\u12e4', '\U00101234'}
	println(s, r)
	bad := "\z" // ERROR "unknown escape"
}
