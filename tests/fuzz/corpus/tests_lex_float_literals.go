// errorcheck

package main

func main() {
	ok := 1. + .5 + 1e10 + 1E+3 + 0x1p-2 + 0X1.8P3 + 0x.8p1 + 089.5 + 1_0.2_5e1_0
	im := 1i + 1.5i + 0x1p1i + 0b1i + 0123i
	a := 0x1.5 // ERROR "hexadecimal mantissa requires a 'p' exponent"
	b := 1e // ERROR "exponent has no digits"
	c := 0x1p+ // ERROR "exponent has no digits"
	d := 0b1.0 // ERROR "invalid radix point in binary literal"
	e := 0o7.1 // ERROR "invalid radix point in octal literal"
	f := 0b1e5 // ERROR "'e' exponent requires decimal mantissa"
	g := 1p5 // ERROR "'p' exponent requires hexadecimal mantissa"
	h := 1._5 // ERROR "'_' must separate successive digits"
	i := 0x.p1 // ERROR "hexadecimal literal has no digits"
	println(ok, im, a, b, c, d, e, f, g, h, i)
}
