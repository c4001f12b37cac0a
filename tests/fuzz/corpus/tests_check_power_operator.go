// errorcheck

package main

func main() {
	// Go has no ** operator: this parses as 2 * (*3).
	x := 2 ** 3 // ERROR "invalid operation: cannot indirect 3 \(untyped int constant\)"
	println(x)
}
