// compile

package main

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func apply(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	inc, reset := counter()
	inc()
	reset()
	var fib func(int) int
	fib = func(n int) int { // recursive closure through a declared variable
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	double := func(x int) int { return x * 2 }
	f := apply(double, func(x int) int { return x + 1 })
	println(f(fib(10)), inc())
	func() {
		defer func() { recover() }()
	}()
	var fs []func()
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() { println(i) })
	}
	go func(ch chan<- int) { ch <- 1 }(make(chan int, 1))
}
