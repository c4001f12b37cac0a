// errorcheck

package main

func main() {
	a := "\q" // ERROR "unknown escape"
	b := "\'" // ERROR "unknown escape"
	c := '\"' // ERROR "unknown escape"
	d := "\x4g" // ERROR "invalid character 'g' in hexadecimal escape"
	e := "\u12" // ERROR `invalid character '"' in hexadecimal escape`
	f := "\08" // ERROR "invalid character '8' in octal escape"
	g := "\400" // ERROR "octal escape value 256 > 255"
	h := "\uD800" // ERROR "escape is invalid Unicode code point U\+D800"
	i := "\U00110000" // ERROR "escape is invalid Unicode code point U\+110000"
	j := '\x4' // ERROR `invalid character '\\'' in hexadecimal escape`
	println(a, b, c, d, e, f, g, h, i, j)
}
