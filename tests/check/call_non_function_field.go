// errorcheck

package main

type T struct{ name string }

func main() {
	t := T{"a"}
	println(t.name()) // ERROR "invalid operation: cannot call non-function t.name \(variable of type string\)"
}
