// errorcheck

package main

func main() {
	n := 2
	var f float64 = 1 << n // ERROR "invalid operation: 1 << n \(shift of type float64\)"
	_ = f
}
