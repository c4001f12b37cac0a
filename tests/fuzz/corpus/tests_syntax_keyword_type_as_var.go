// errorcheck

package main

func main() {
	type := 1 // ERROR "syntax error: unexpected :=, expecting name"
	println(type) // ERROR "syntax error: unexpected type, expecting expression"
}
