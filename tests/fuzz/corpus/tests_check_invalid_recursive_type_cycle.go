// errorcheck

package main

type A struct { // ERROR "invalid recursive type A"
	b B
}

type B struct {
	a A
}

func main() {
	var a A
	_ = a
}
