// errorcheck

package main

func main() {
	f := func g() {} // ERROR "syntax error: unexpected g, expecting \("
	f() // ERROR "syntax error: non-declaration statement outside function body"
}
