// run

package main

import "fmt"

// The function value and the arguments of a go statement are evaluated by
// the calling goroutine, at the go statement, in the usual order.

var trace []string

func arg(name string, v int) int {
	trace = append(trace, name)
	return v
}

type adder struct{ base int }

func (a adder) add(x int, out chan<- int) { out <- a.base + x }

func pick(name string) func(int, int, chan<- string) {
	trace = append(trace, "fn:"+name)
	return func(a, b int, out chan<- string) {
		out <- fmt.Sprintf("%s(%d,%d)", name, a, b)
	}
}

func main() {
	out := make(chan string)

	// Arguments evaluated now: later changes to x are not seen.
	x := 1
	go pick("f")(arg("a", x), arg("b", x*10), out)
	x = 100
	fmt.Println("trace:", trace)
	fmt.Println(<-out, "x is now", x)

	// A slice argument shares its array, but the slice header is copied.
	s := []int{1, 2, 3}
	done := make(chan []int)
	go func(t []int) { done <- t }(s[:2])
	s = append(s[:0], 9)
	fmt.Println(<-done)

	// The receiver of a method value is evaluated (copied) at the go statement.
	a := adder{base: 1000}
	res := make(chan int)
	go a.add(arg("c", 5), res)
	a.base = 0
	fmt.Println(<-res)

	// Through a pointer, a value-receiver method copies *p at the go statement.
	p := &adder{base: 7}
	go p.add(3, res)
	p.base = 0
	fmt.Println(<-res)

	// Loop variables passed as arguments: every goroutine gets its own value.
	sum := make(chan int)
	for i := 0; i < 5; i++ {
		go func(n int) { sum <- n * n }(i)
	}
	total := 0
	for i := 0; i < 5; i++ {
		total += <-sum
	}
	fmt.Println("sum of squares:", total)
	fmt.Println("trace:", trace)
}
