// errorcheck

package main

func f(a, b int) {}

func main() {
	// go reports a missing argument at the last argument given.
	f(
		1, // ERROR "not enough arguments in call to f"
	)
}
