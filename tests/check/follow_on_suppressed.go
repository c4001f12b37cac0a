// errorcheck

package main

// Errors types2 does not repeat: a duplicate field is no field, a repeated
// := name declares nothing, an invalid type makes its variable used, and a
// case with an invalid type gives its variable the invalid type.
type t struct {
	x int
	x int // ERROR "x redeclared"
}

func f(p *t) int { return p.x }

func g() {
	var n undefinedType // ERROR "undefined: undefinedType"
	a, a := 1, 2 // ERROR "a repeated on left side of :="
	_ = a
	var e interface{}
	switch v := e.(type) {
	case missing: // ERROR "undefined: missing"
		v.M()
	}
}

func main() {}
