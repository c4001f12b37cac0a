// errorcheck

package main

type T struct{ a int }

func main() {
	var x int
	_ = new(1)         // ERROR "1 is not a type"
	_ = new(x)         // ERROR "x \(variable of type int\) is not a type"
	_ = new()          // ERROR "invalid operation: not enough arguments for new\(\) \(expected 1, found 0\)"
	_ = new(int, 2)    // ERROR "invalid operation: too many arguments for new\(int, 2\) \(expected 1, found 2\)"
	_ = new(Undefined) // ERROR "undefined: Undefined"
	var p *int = new(T) // ERROR "cannot use new\(T\) \(value of type \*T\) as type \*int in variable declaration"
	var q *T = new(T)
	q.a = *new(int) + x
	_, _ = p, q
	_ = new([]int)
	_ = new(func())
}
