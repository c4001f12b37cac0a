// errorcheck

package main

var x int

var a = []int{x: 1}    // ERROR "index x must be integer constant"
var b = [...]int{x: 1} // ERROR "index x must be integer constant"

type S struct{ X, Y int }

var c = S{0, X: 1}       // ERROR "mixture of field:value and value elements in struct literal"
var d = S{Y: 3, Y: 3}    // ERROR "duplicate field name Y in struct literal"

func foo(x foo) {} // ERROR "foo \(value of type func\(\)\) is not a type"

func main() {}
