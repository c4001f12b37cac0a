// run

package main

import "fmt"

// Goroutines get growable stacks: deep recursion works in any goroutine.

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1) + pad[n%16] - n
}

func main() {
	results := make(chan int)
	for _, n := range []int{10, 1000, 20000} {
		go func(n int) { results <- depth(n) }(n)
		fmt.Println(<-results)
	}
	// Several deep goroutines at once.
	for i := 0; i < 4; i++ {
		go func() { results <- depth(10000) }()
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}
