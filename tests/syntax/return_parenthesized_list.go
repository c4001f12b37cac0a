// errorcheck

package main

func f() (int, int) {
	return (1, 2) // ERROR "syntax error: unexpected comma, expecting \)"
}

func main() {
	f()
}
