// errorcheck

package main

func main() {
	x := 5
	_ = x[0] // ERROR "invalid operation: cannot index x \(variable of type int\)"
}
