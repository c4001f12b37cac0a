// errorcheck

package main

type A = B // ERROR "invalid recursive type A"
type B = A

type C = []C // ERROR "invalid recursive type C"

type I interface{ J } // ERROR "invalid recursive type I"
type J interface{ I }

func main() {}
