// run

package main

import "fmt"

// A million nested calls fit in goroutine 1's stack, as in go.

type node struct {
	next *node
	v    int
}

func build(n int) *node {
	if n == 0 {
		return nil
	}
	return &node{build(n - 1), n}
}

func length(l *node) int {
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func main() {
	fmt.Println(sum(1000000))
	l := build(1000000)
	fmt.Println(length(l), l.v, l.next.v)
}
