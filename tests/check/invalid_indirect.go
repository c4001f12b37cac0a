// errorcheck

package main

func main() {
	x := 1
	println(*x) // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
}
