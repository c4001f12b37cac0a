// errorcheck

package main

type I interface{ M() }

type T struct {
	*I // ERROR "embedded field type cannot be a pointer to an interface"
}

func main() {
	var t T
	_ = t
}
