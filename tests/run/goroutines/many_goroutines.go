// run

package main

import (
	"fmt"
	"sync"
)

// Thousands of goroutines at once, most of them blocked at the same time.

func main() {
	const n = 5000
	start := make(chan struct{})
	results := make(chan int)
	for i := 1; i <= n; i++ {
		go func(k int) {
			<-start
			results <- k
		}(i)
	}
	close(start)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-results
	}
	fmt.Println("sum:", sum, "want:", n*(n+1)/2)

	// A chain of goroutines, each passing a value to the next plus one.
	const links = 1000
	first := make(chan int)
	in := first
	for i := 0; i < links; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			out <- 1 + <-in
		}(in, out)
		in = out
	}
	first <- 0
	fmt.Println("chain:", <-in)

	// Goroutines that each do some work with a WaitGroup.
	var wg sync.WaitGroup
	partial := make([]int, 100)
	for i := range partial {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j <= i; j++ {
				partial[i] += j
			}
		}(i)
	}
	wg.Wait()
	total := 0
	for _, v := range partial {
		total += v
	}
	fmt.Println("total:", total)
}
