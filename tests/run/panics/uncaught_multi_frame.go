// run

package main

import "fmt"

// The panic passes through several frames; every frame's deferred calls
// run, innermost first, before the crash report, whose trace shows the
// frames where the panic was raised.

func c(n int) int {
	defer fmt.Println("c deferred", n)
	if n > 1 {
		panic(fmt.Sprintf("too deep: %d", n))
	}
	return c(n+1) + 1
}

func b() {
	defer func() {
		fmt.Println("b deferred closure, recover not called")
	}()
	fmt.Println("b calls c")
	c(0)
}

func a() {
	defer fmt.Println("a deferred 1")
	defer fmt.Println("a deferred 2")
	b()
}

func main() {
	defer fmt.Println("main deferred")
	a()
	fmt.Println("unreachable")
}
