// errorcheck

package main

type P struct{ X, Y, Z int }

func main() {
	p := P{1, 2} // ERROR "too few values in P\{…\}"
	_ = p
}
