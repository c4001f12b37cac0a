// errorcheck

package main

// This file deliberately ends without a newline, so EOF is on the last line.
func main() {
	println("hi") // ERROR "syntax error: unexpected EOF, expecting }"