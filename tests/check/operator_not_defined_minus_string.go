// errorcheck

package main

func main() {
	a, b := "x", "y"
	c := a - b // ERROR "invalid operation: operator - not defined on a \(variable of type string\)"
	_ = c
}
