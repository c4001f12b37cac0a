// errorcheck

package main

func main() {
	// A trailing operator continues the expression onto the next line,
	// so x is used in its own initializer.
	x := 1 +
		println(x) // ERROR "undefined: x"
}
