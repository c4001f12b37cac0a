// errorcheck

package main

func main() {
	x := 1.5
	_ = x & 1 // ERROR "invalid operation: operator & not defined on x \(variable of type float64\)"
	_ = ^x    // ERROR "invalid operation: operator \^ not defined on x \(variable of type float64\)"
}
