// errorcheck

package main

func main() {
	x :=
} // ERROR "syntax error: unexpected }, expecting expression"
