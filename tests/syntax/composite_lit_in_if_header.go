// errorcheck

package main

type P struct{ x int }

func main() {
	p := P{1}
	if p == P{1} { // ERROR "syntax error: unexpected { at end of statement"
		println("eq")
	}
} // ERROR "syntax error: non-declaration statement outside function body"
