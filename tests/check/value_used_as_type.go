// errorcheck

package main

func main() {
	x := 1
	var y x // ERROR "x \(variable of type int\) is not a type"
	_ = y
}
