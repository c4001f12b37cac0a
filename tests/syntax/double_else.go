// errorcheck

package main

func main() {
	x := 1
	if x > 0 {
	} else {
	} else { // ERROR "syntax error: unexpected else at end of statement"
	}
} // ERROR "syntax error: non-declaration statement outside function body"
