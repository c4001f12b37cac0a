// run

// Attacks: leaks through several levels of indirection: callees that
// return *pp or **ppp (leaking a parameter's content to a result at
// level 1 or 2), store *pp in a global, or swap pointers between two
// caller structures; the callers' locals reached only through those
// levels must escape when the result does.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

var global *int

func get1(pp **int) *int       { return *pp }
func get2(ppp ***int) *int     { return **ppp }
func keep1(pp **int)           { global = *pp }
func swap(a, b **int)          { *a, *b = *b, *a }
func second(n *node) *node     { return n.next.next }
func firstVal(ns []*node) *int { return &ns[0].val }

// clobber's frame allocation reuses the memory released frames had.
func clobber(n int) (s int) {
	var a [64]int
	p := &a
	for i := range p {
		p[i] = n*1000 + i
		s += p[i]
	}
	return
}

func level1(n int) *int {
	x := n
	p := &x
	return get1(&p)
}

func level2(n int) *int {
	x := n
	p := &x
	pp := &p
	return get2(&pp)
}

func stored(n int) {
	x := n
	p := &x
	keep1(&p)
}

func swapped(out **int, n int) {
	x := n
	p := &x
	swap(out, &p)
}

func chain(n int) *node {
	c := node{val: n + 2}
	b := node{val: n + 1, next: &c}
	a := node{val: n, next: &b}
	return second(&a)
}

func slice(n int) *int {
	a, b := node{val: n}, node{val: -n}
	return firstVal([]*node{&a, &b})
}

func main() {
	r1, r2 := level1(11), level2(12)
	stored(13)
	var out *int
	swapped(&out, 14)
	r5, r6 := chain(15), slice(16)
	clobber(4)
	fmt.Println(*r1, *r2, *global, *out, r5.val, *r6)
}
