// errorcheck

package main

func main() {
	x := 0
	++x // ERROR "syntax error: unexpected \+\+, expecting }"
	println(x)
}
