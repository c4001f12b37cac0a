// errorcheck

package main

const n = 5

func main() {
	p := &n // ERROR "invalid operation: cannot take address of n \(untyped int constant 5\)"
	_ = p
}
