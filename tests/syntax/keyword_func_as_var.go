// errorcheck

package main

func main() {
	func := 1 // ERROR "syntax error: unexpected :=, expecting \("
}
