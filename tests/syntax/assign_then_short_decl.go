// errorcheck

package main

func main() {
	x = := 1 // ERROR "syntax error: unexpected :=, expecting expression"
}
