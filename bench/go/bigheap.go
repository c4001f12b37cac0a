// bigheap: a large live heap of pointers (a tree of 2^21 nodes and a slice
// of a million strings, about 150 MB) kept while short-lived garbage is
// made, so that many cycles mark it all: the collector's pauses must not
// grow with the heap.
package main

import (
	"fmt"
	"strconv"
)

type node struct {
	left, right *node
	val         int
}

func build(d, v int) *node {
	if d == 0 {
		return &node{val: v}
	}
	return &node{build(d-1, 2*v), build(d-1, 2*v+1), v}
}

func sum(n *node) int {
	if n == nil {
		return 0
	}
	return n.val + sum(n.left) + sum(n.right)
}

type pair struct {
	a, b *int
}

var sink *pair

func main() {
	tree := build(20, 1)
	strs := make([]string, 1000000)
	for i := range strs {
		strs[i] = "s" + strconv.Itoa(i)
	}
	total := 0
	for i := 0; i < 20000000; i++ {
		x, y := i, i+1
		sink = &pair{&x, &y}
		total += *sink.a - *sink.b
		if i%1000000 == 0 {
			strs[i/1000000] = strconv.Itoa(total)
		}
	}
	fmt.Println(sum(tree), len(strs[0]), len(strs[999999]), total)
}
