// run

package main

import (
	"fmt"
	"sort"
	"sync"
)

// Pipelines: generator -> stages -> sink, with fan-out and fan-in.

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for n := range c {
				out <- n
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	// A linear pipeline keeps the order.
	for v := range sq(sq(gen(1, 2, 3, 4))) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	odd := func(n int) bool { return n%2 == 1 }
	for v := range filter(sq(gen(1, 2, 3, 4, 5, 6, 7)), odd) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Fan-out to three squarers reading the same source, fan-in via merge:
	// the order is not deterministic, so sort.
	var nums []int
	for i := 1; i <= 30; i++ {
		nums = append(nums, i)
	}
	src := gen(nums...)
	var got []int
	for v := range merge(sq(src), sq(src), sq(src)) {
		got = append(got, v)
	}
	sort.Ints(got)
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println(len(got), got[:5], got[25:], sum)

	// A long chain of stages.
	var c <-chan int = gen(1, 2, 3)
	for i := 0; i < 100; i++ {
		c = filter(c, func(int) bool { return true })
	}
	for v := range c {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
