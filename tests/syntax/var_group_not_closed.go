// errorcheck

package main

var (
	a int
	b string

func main() { // ERROR "syntax error: unexpected func, expecting name"
}
