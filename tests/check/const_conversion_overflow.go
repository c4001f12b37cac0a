// errorcheck

package main

// go 1.19 names no cause for a constant conversion that does not fit, and an
// implicitly repeated constant reports its inherited expression's errors at
// its own name.
const x = int(1.5)  // ERROR "cannot convert 1.5 \(untyped float constant\) to type int$"
const y = byte(256) // ERROR "cannot convert 256 \(untyped int constant\) to type byte$"

var b byte = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)"

const (
	ok = byte(iota + 254)
	last
	over // ERROR "cannot convert iota \+ 254 \(untyped int constant 256\) to type byte"
)

func main() {}
