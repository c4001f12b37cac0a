// run

// Attacks: go's self-assignment rule (x.f = x.g moves nothing). Through
// embedded pointer fields, x.p = x.q stores into *x.A what *x.B held: two
// different objects, so the assignment is not a self-assignment and what
// x.q points to escapes (also the slice form x.s = x.t[i:j]).
package main

import "fmt"

type A struct {
	p *int
	s []*int
}
type B struct {
	q *int
	t []*int
}
type X struct {
	*A
	*B
}

var ga = &A{}

func sum(p *[64]int) (s int) {
	for _, v := range p {
		s += v
	}
	return
}

// clobber's frame allocations reuse the memory a released frame had.
func clobber(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*1000 + i
	}
	return sum(&a)
}

func viaValue(n int) {
	v := n
	x := X{A: ga, B: &B{q: &v}}
	x.p = x.q
}

func viaPointer(n int) {
	v := n
	x := &X{A: ga, B: &B{q: &v}}
	x.p = x.q
}

func viaSlice(n int) {
	v, w := n, n+1
	x := X{A: ga, B: &B{t: []*int{&v, &w}}}
	x.s = x.t[0:2]
}

func main() {
	viaValue(42)
	clobber(7)
	fmt.Println(*ga.p)
	viaPointer(43)
	clobber(8)
	fmt.Println(*ga.p)
	viaSlice(44)
	clobber(9)
	fmt.Println(*ga.s[0], *ga.s[1])
}
