// errorcheck

package main

func main() {
	x := 1
	s := 1.5
	_ = x << s // ERROR "invalid operation: shift count s \(variable of type float64\) must be integer"
}
