// run

package main

import "fmt"

// Non-blocking send and receive helpers built from select with default.

func trySend(c chan<- int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c <-chan int) (int, bool, bool) {
	select {
	case v, ok := <-c:
		return v, ok, true
	default:
		return 0, false, false
	}
}

func main() {
	c := make(chan int, 3)
	for i := 1; i <= 5; i++ {
		fmt.Println("trySend", i, trySend(c, i))
	}
	for i := 0; i < 4; i++ {
		v, ok, got := tryRecv(c)
		fmt.Println("tryRecv", v, ok, got)
	}
	close(c)
	v, ok, got := tryRecv(c)
	fmt.Println("after close", v, ok, got)

	// Unbuffered: a try-send succeeds only when a receiver is waiting.
	u := make(chan int)
	fmt.Println("no receiver:", trySend(u, 1))
	done := make(chan int)
	go func() { done <- <-u }()
	for !trySend(u, 42) {
		// spin until the goroutine is waiting on u (select with default
		// lets the scheduler run it)
		yield()
	}
	fmt.Println("receiver got", <-done)

	// Nil channels: never ready.
	var n chan int
	fmt.Println("nil send:", trySend(n, 1))
	_, _, got = tryRecv(n)
	fmt.Println("nil recv:", got)
}

func yield() {
	c := make(chan struct{}, 1)
	go func() { c <- struct{}{} }()
	<-c
}
