// run

package main

import (
	"fmt"
	"strings"
)

type Pred func(int) bool
type Transform func(string) string

func filter(xs []int, p Pred) []int {
	var out []int
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(fs ...Transform) Transform {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func even(x int) bool  { return x%2 == 0 }
func square(x int) int { return x * x }
func add(a, b int) int { return a + b }

func (p Pred) Not() Pred { return func(x int) bool { return !p(x) } }

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	fmt.Println(filter(xs, even))
	fmt.Println(filter(xs, Pred(even).Not()))
	fmt.Println(mapInts(xs, square))
	fmt.Println(reduce(xs, 0, add), reduce(xs, 1, func(a, b int) int { return a * b }))
	fmt.Println(reduce(mapInts(filter(xs, even), square), 0, add))
	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hello there  "))
	var f func(int) int
	fmt.Println(f == nil)
	f = square
	fmt.Println(f != nil, f(12))
	ops := []struct {
		name string
		fn   func(float64, float64) float64
	}{
		{"add", func(a, b float64) float64 { return a + b }},
		{"sub", func(a, b float64) float64 { return a - b }},
		{"mul", func(a, b float64) float64 { return a * b }},
		{"div", func(a, b float64) float64 { return a / b }},
	}
	for _, op := range ops {
		fmt.Println(op.name, op.fn(7, 2))
	}
	// function returning function returning function
	adder := func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return a + b + c }
		}
	}
	fmt.Println(adder(1)(2)(3), adder(100)(20)(3))
	// functions in a slice called in order
	var log []string
	steps := []func(){
		func() { log = append(log, "one") },
		func() { log = append(log, "two") },
		func() { log = append(log, "three") },
	}
	for i := len(steps) - 1; i >= 0; i-- {
		steps[i]()
	}
	fmt.Println(log)
	fmt.Printf("%T\n%T\n%T\n", even, reduce, Pred(even))
	dispatch := [3]func(int) int{square, func(x int) int { return -x }, nil}
	for i, d := range dispatch {
		if d != nil {
			fmt.Println(i, d(9))
		} else {
			fmt.Println(i, "nil func")
		}
	}
}
