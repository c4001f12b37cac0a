// errorcheck

package main

type T struct {
	_ string
	a int
}

var _ = T{_: "x"} // ERROR "unknown field '_' in struct literal of type T"

func main() {}
