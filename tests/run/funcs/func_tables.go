// run

package main

import "fmt"

type binop func(int, int) int

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func apply(op binop, xs []int) int {
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = op(acc, x)
	}
	return acc
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	ops := []struct {
		name string
		fn   binop
	}{{"add", add}, {"sub", sub}, {"mul", mul}, {"max", func(a, b int) int {
		if a > b {
			return a
		}
		return b
	}}}
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	for _, op := range ops {
		fmt.Println(op.name, apply(op.fn, xs), op.fn(10, 3))
	}
	// function values compared to nil only
	var f binop
	fmt.Println(f == nil)
	f = add
	fmt.Println(f != nil, f(2, 2))
	// arrays of functions indexed by computed values
	table := [3]func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
		func(x int) int { return -x },
	}
	v := 1
	for i := 0; i < 9; i++ {
		v = table[i%3](v)
		fmt.Print(v, " ")
	}
	fmt.Println()
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose()(5), compose(inc)(5), compose(inc, dbl)(5), compose(dbl, inc)(5), compose(inc, inc, dbl, dbl)(5))
	fmt.Println(mapInts(xs, dbl), mapInts(xs, compose(dbl, inc)))
	// functions returning functions returning functions
	curry := func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return a*100 + b*10 + c }
		}
	}
	fmt.Println(curry(1)(2)(3), curry(9)(8)(7))
	// immediately invoked function literals
	r := func(a, b int) int { return a % b }(17, 5)
	fmt.Println(r)
	// function type conversion
	type handler func(string) string
	h := handler(func(s string) string { return "<" + s + ">" })
	fmt.Println(h("x"))
	fmt.Printf("%T %T\n", h, add)
	// a slice of func values that refer to each other through the slice
	var steps []func(int) int
	steps = append(steps, func(n int) int {
		if n <= 0 {
			return 0
		}
		return n + steps[1](n-1)
	})
	steps = append(steps, func(n int) int {
		if n <= 0 {
			return 0
		}
		return n * 2 + steps[0](n-1)
	})
	fmt.Println(steps[0](10), steps[1](10))
}
