// run

package main

import "fmt"

func makeCounter(start, step int) (func() int, func()) {
	n := start
	next := func() int {
		v := n
		n += step
		return v
	}
	reset := func() { n = start }
	return next, reset
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	c1, r1 := makeCounter(0, 1)
	c2, _ := makeCounter(100, -10)
	for i := 0; i < 5; i++ {
		fmt.Print(c1(), ",", c2(), " ")
	}
	fmt.Println()
	r1()
	fmt.Println(c1(), c1(), c2())
	f := fibGen()
	g := fibGen()
	for i := 0; i < 15; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(g(), g(), g(), f())
	// shared captured variable between two closures
	x := 0
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	x += 10
	fmt.Println(get(), x)
	// closure captures variable, not value
	msg := "before"
	show := func() string { return msg }
	msg = "after"
	fmt.Println(show())
	// immediately invoked
	res := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(res)
	// closure over parameter
	mult := func(k int) func(int) int { return func(x int) int { return x * k } }
	triple, half := mult(3), mult(-2)
	fmt.Println(triple(5), half(5), mult(10)(10))
	// counters in a slice
	var counters []func() int
	for i := 0; i < 3; i++ {
		n, _ := makeCounter(i*10, i+1)
		counters = append(counters, n)
	}
	for round := 0; round < 3; round++ {
		for _, c := range counters {
			fmt.Print(c(), " ")
		}
	}
	fmt.Println()
}
