// run

package main

import "fmt"

var (
	a = c + b // initialised third: needs b and c
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(a, b, c, d)

func f(name string, v int) int {
	fmt.Println("init", name, "=", v, "(d is", d, ")")
	return v
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	fmt.Println("sum computed:", s)
	return s
}

var x, y = pair()

func pair() (int, string) {
	fmt.Println("pair called, total =", total)
	return total * 2, "y"
}

func init() {
	fmt.Println("init(): a b c d =", a, b, c, d)
	d = 100
}

func main() {
	fmt.Println("main:", a, b, c, d, total, x, y)
}
