// errorcheck

package main

// An interface that embeds itself through another is an invalid recursive
// type, its path named; the type is then invalid, so using it reports nothing
// more.
type I1 interface { // ERROR "invalid recursive type I1"
	m() I2
	I2
}

type I2 interface {
	I1
}

var i1 I1 = i2
var i2 I2

func main() {}
