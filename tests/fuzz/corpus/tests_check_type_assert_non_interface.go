// errorcheck

package main

func main() {
	x := 1
	_ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface"
}
