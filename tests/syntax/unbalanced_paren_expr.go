// errorcheck

package main

func main() {
	x := (1 + 2 // ERROR "syntax error: unexpected newline, expecting \)"
	println(x) // ERROR "syntax error: unexpected println at end of statement"
}
