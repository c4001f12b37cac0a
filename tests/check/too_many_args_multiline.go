// errorcheck

package main

func f(a, b int) {}

func main() {
	// go reports extra arguments at the first one that is too many.
	f(1,
		2,
		3) // ERROR "too many arguments in call to f"
}
