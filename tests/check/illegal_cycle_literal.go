// errorcheck

package main

import "unsafe"

type T [len(T{})]int // ERROR "illegal cycle in type declaration"

type U struct{ y [unsafe.Sizeof(U{})]int } // ERROR "illegal cycle in type declaration"

func main() {}
