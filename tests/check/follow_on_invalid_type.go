// errorcheck

package main

// Once an error is out, one that mentions an invalid type past its start is
// a follow-on error, not reported (types2's "cheap trick").
const n = 3.5

var a [n]int // ERROR "array length n \(untyped float constant 3.5\) must be integer"
var b [2]int = a

func main() {}
