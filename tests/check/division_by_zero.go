// errorcheck

package main

func main() {
	x := 10
	y := x / 0 // ERROR "invalid operation: division by zero"
	z := x % 0 // ERROR "invalid operation: division by zero"
	_, _ = y, z
}
