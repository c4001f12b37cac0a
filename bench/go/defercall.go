package main

import (
	"fmt"
	"os"
)

// A defer in a hot function: 10,000,000 calls of a function that defers an
// increment, or (with the argument "plain") of the same function without the
// defer. The difference per call is the defer's cost (docs/performance.md).

var counter int

func withDefer(x int) int {
	defer func() { counter++ }()
	return x + 1
}

func withoutDefer(x int) int {
	counter++
	return x + 1
}

func main() {
	s := 0
	if len(os.Args) > 1 && os.Args[1] == "plain" {
		for i := 0; i < 10000000; i++ {
			s += withoutDefer(i)
		}
	} else {
		for i := 0; i < 10000000; i++ {
			s += withDefer(i)
		}
	}
	fmt.Println(s, counter)
}
