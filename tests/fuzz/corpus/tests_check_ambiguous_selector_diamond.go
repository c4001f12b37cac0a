// errorcheck

package main

type In struct{ b int }
type A struct{ In }
type B struct{ In }
type AB struct {
	A
	B
}

func main() {
	var ab AB
	_ = ab.b // ERROR "ambiguous selector ab.b"
	_ = ab.A.b
}
