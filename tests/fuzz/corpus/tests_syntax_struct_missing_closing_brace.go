// errorcheck

package main

type P struct {
	x int

func main() { // ERROR "syntax error: unexpected func, expecting field name or embedded type"
}
