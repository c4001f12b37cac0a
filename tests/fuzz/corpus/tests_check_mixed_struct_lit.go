// errorcheck

package main

type P struct{ X, Y int }

func main() {
	p := P{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = p
}
