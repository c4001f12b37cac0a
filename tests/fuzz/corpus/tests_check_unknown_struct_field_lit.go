// errorcheck

package main

type P struct{ X, Y int }

func main() {
	p := P{X: 1, Z: 2} // ERROR "unknown field 'Z' in struct literal of type P"
	_ = p
}
