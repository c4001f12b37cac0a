// run

package main

import "fmt"

// Goroutines that start goroutines: a parallel tree sum and a parallel
// Fibonacci, each combining results through channels.

type Tree struct {
	Left, Right *Tree
	Val         int
}

func build(lo, hi int) *Tree {
	if lo > hi {
		return nil
	}
	mid := (lo + hi) / 2
	return &Tree{build(lo, mid-1), build(mid+1, hi), mid}
}

func sum(t *Tree, out chan<- int) {
	if t == nil {
		out <- 0
		return
	}
	c := make(chan int, 2)
	go sum(t.Left, c)
	go sum(t.Right, c)
	out <- t.Val + <-c + <-c
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if n < 10 {
		return fib(n-1) + fib(n-2)
	}
	c := make(chan int)
	go func() { c <- fib(n - 1) }()
	b := fib(n - 2)
	return <-c + b
}

func main() {
	out := make(chan int)
	go sum(build(1, 1000), out)
	fmt.Println("tree sum:", <-out)
	fmt.Println("fib(22):", fib(22))
}
