// errorcheck

package main

type E struct{ f int }
type T struct{ E }

func (*T) f() int { return 0 }

type P *T

// Through a named pointer type a method is not found, and it still hides the
// deeper field of the same name (types2's LookupFieldOrMethod).
func main() {
	var x P
	_ = x.f // ERROR "x\.f undefined \(type P has no field or method f\)"
	_ = x.E.f
}
