// errorcheck

package main

func main() {
	x := 0
	while x < 3 { // ERROR "syntax error: unexpected x at end of statement"
		x++
	}
} // ERROR "syntax error: non-declaration statement outside function body"
