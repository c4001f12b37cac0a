// errorcheck

package main

func main() {
	x := {1, 2} // ERROR "syntax error: unexpected {, expecting expression"
	_ = x       // ERROR "syntax error: non-declaration statement outside function body"
}
