// errorcheck

package main

func main() {
	x := 1
	if x > 0 {
	} elif x < 0 { // ERROR "syntax error: unexpected elif at end of statement"
	}
} // ERROR "syntax error: non-declaration statement outside function body"
