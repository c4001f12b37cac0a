// errorcheck

package main

type T struct{}

func main() {
	x := T // ERROR "T \(type\) is not an expression"
	_ = x
}
