// compile

package main

// Package-level declarations may appear in any order and refer to each other.

func main() {
	println(total, describe(origin), limit)
	var l List = &node{v: 1}
	_ = l.next
}

var total = compute() + offset

var offset = limit / 2

const limit = maxItems * 2

const maxItems = 8

func compute() int { return helper(limit) }

func helper(n int) int { return n + 1 }

var origin = Point{}

type Point struct{ X, Y float64 }

func describe(p Point) string { return "point" }

type List = *node

type node struct {
	v    int
	next List // refers to itself through an alias and a pointer
}

func init() {
	total++
}
