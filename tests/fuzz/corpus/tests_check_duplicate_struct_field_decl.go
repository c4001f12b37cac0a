// errorcheck

package main

type P struct {
	X int
	X string // ERROR "X redeclared"
}

func main() {
	var p P
	_ = p
}
