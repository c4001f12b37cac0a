// errorcheck

package main

const c = 1 / 0 // ERROR "invalid operation: division by zero"

func main() {
	_ = c
}
