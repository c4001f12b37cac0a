// errorcheck

// Any non-ASCII rune starts or continues an identifier; one that is not a
// letter or digit is reported, but the identifier still stands, so the
// parser sees valid code. (A name's error shows once per line.)

package main

func main() {
	var price€ int; _ = price€ // ERROR "invalid character U\+20AC '€' in identifier"
	var • int; _ = • // ERROR "invalid character U\+2022 '•' in identifier"
	var a b int; _ = a b // ERROR "invalid character U\+00A0 in identifier"
	var zero​width int; _ = zero​width // ERROR "invalid character U\+200B in identifier"
	var ١x int; _ = ١x // ERROR "identifier cannot begin with digit U\+0661 '١'"
	var ok١ int; _ = ok١
}
