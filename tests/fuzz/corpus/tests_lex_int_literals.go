// errorcheck

package main

func main() {
	ok := 0 + 1_000 + 0777 + 0o17 + 0O17 + 0b1_01 + 0B1 + 0x_1F + 0XaB
	a := 0b102 // ERROR "invalid digit '2' in binary literal"
	b := 0o78 // ERROR "invalid digit '8' in octal literal"
	c := 0779 // ERROR "invalid digit '9' in octal literal"
	d := 0x // ERROR "hexadecimal literal has no digits"
	e := 0b // ERROR "binary literal has no digits"
	f := 1__0 // ERROR "'_' must separate successive digits"
	g := 1_ // ERROR "'_' must separate successive digits"
	h := 0x1_ // ERROR "'_' must separate successive digits"
	i := 0o_ // ERROR "octal literal has no digits"
	println(ok, a, b, c, d, e, f, g, h, i)
}
