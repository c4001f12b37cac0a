// errorcheck

package main

func main() {
	a := '' // ERROR "empty rune literal or unescaped '"
	b := 'ab' // ERROR "more than one character in rune literal"
	c := '世界' // ERROR "more than one character in rune literal"
	d := '\n\t' // ERROR "more than one character in rune literal"
	e := 'x // ERROR `newline in rune literal`
	f := '\'' + '"' + '世' + '\377' + '\u00e9'
	println(a, b, c, d, e, f)
}
