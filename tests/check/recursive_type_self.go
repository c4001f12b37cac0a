// errorcheck

package main

type T0 T0 // ERROR "invalid recursive type T0"

func f() {
	type T2 T2 // ERROR "invalid recursive type T2"
	type T4 struct{ m map[T4]int } // ERROR "invalid map key type T4"
	type _ map[T4]int              // ERROR "invalid map key type T4"
}

func main() {
	switch t := nil.(type) { // ERROR "nil is not an interface"
	default:
		_ = t // no follow-on error: t is invalid
	}
}
