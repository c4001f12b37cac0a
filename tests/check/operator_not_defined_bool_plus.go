// errorcheck

package main

func main() {
	t, f := true, false
	_ = t + f // ERROR "invalid operation: operator \+ not defined on t \(variable of type bool\)"
}
