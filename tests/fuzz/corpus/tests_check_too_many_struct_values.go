// errorcheck

package main

type P struct{ X, Y int }

func main() {
	p := P{1, 2, 3} // ERROR "too many values in P\{…\}"
	_ = p
}
