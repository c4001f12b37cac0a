// errorcheck

package main

func main() {
	x := 1
	x <- 2 // ERROR "invalid operation: cannot send to non-channel x \(variable of type int\)"
}
