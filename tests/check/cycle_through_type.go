// errorcheck

// A cycle through a type and a variable, and one of aliases only, are
// declaration cycles, reported at the object first in the source.
package main

var x T // ERROR "illegal cycle in declaration of x"

type T [len(x)]int

type A = B // ERROR "invalid recursive type A"
type B = A

// Through a defined type, recursion is fine.
type L struct{ next *L }

type P = *Q
type Q struct{ p P }

func main() {}
