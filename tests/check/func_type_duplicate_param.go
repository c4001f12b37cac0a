// errorcheck

package main

type T1 func(i, i int)      // ERROR "i redeclared in this block"
type T2 func(i int) (i int) // ERROR "i redeclared in this block"

var f func(a, b int, a string) // ERROR "a redeclared in this block"

func main() {}
