// errorcheck

package main

func g() (int, int) {
	// go reports extra results at the first one that is too many.
	return 1,
		2,
		3 // ERROR "too many return values"
}

func main() {
	g()
}
