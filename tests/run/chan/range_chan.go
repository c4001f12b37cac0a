// run

package main

import "fmt"

// for range over a channel receives until the channel is closed and drained.

func count(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func main() {
	for v := range count(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Buffered and already closed: the buffered values are still seen.
	b := make(chan string, 3)
	b <- "x"
	b <- "y"
	close(b)
	for s := range b {
		fmt.Print(s, " ")
	}
	fmt.Println()

	// Range with no iteration variable.
	n := 0
	for range count(7) {
		n++
	}
	fmt.Println("count:", n)

	// break and continue inside a range over a channel.
	sum := 0
	c := count(100)
	for v := range c {
		if v%2 == 1 {
			continue
		}
		if v > 10 {
			break
		}
		sum += v
	}
	fmt.Println("sum:", sum)
	// The producer is still blocked on c; drain it so it finishes.
	rest := 0
	for range c {
		rest++
	}
	fmt.Println("rest:", rest)

	// Assigning to an existing variable.
	var last int
	for last = range count(4) {
	}
	fmt.Println("last:", last)

	// Ranging over an empty closed channel does nothing.
	e := make(chan int)
	close(e)
	for v := range e {
		fmt.Println("unexpected", v)
	}
	fmt.Println("done")
}
