// errorcheck

package main

type P struct{ X, Y int }

func main() {
	p := P{X: 1, Y: 2, X: 3} // ERROR "duplicate field name X in struct literal"
	_ = p
}
