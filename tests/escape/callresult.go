// escape
package main

import "fmt"

var sink interface{}

func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func maker() func() *int {
	return func() *int {
		v := 1
		return &v
	}
}

type T struct{ n int }

func (t *T) inc() func() {
	return func() { t.n++ }
}

func main() {
	println(adder(2)(3))
	println(*maker()())
	t := &T{}
	t.inc()()
	f := adder(4)
	println(f(5), t.n)
	// differs: 33:2 go names the callee call result .autotmp_N()
	sink = adder(6)(7)
	// differs: 35:22 go names the callee call result .autotmp_N()
	fmt.Println(adder(8)(9), f(10))
}
