package main

import "fmt"

// 10^8 short-lived heap allocations (each escapes through a global for a
// moment): the cost of a small allocation, and memory stays flat.

type node struct {
	next *node
	v    int
}

var sink *node

func main() {
	n := 0
	for i := 0; i < 100000000; i++ {
		p := &node{v: i}
		sink = p
		n += sink.v & 1
	}
	fmt.Println(n)
}
