// run

// Attacks: mutually recursive functions analysed as one batch (their
// parameters flow into each other directly): a pointer passed down the
// recursion and stored, or returned up, only at some depth; cycles that
// go through methods, method expressions, closures and a devirtualized
// interface call.
package main

import "fmt"

var sink []*[2]int

type walker struct{ depth int }

func (w *walker) down(p *[2]int, n int) *[2]int {
	if n == 0 {
		sink = append(sink, p)
		return p
	}
	return odd(p, n-1, w)
}

func odd(p *[2]int, n int, w *walker) *[2]int {
	if n == 0 {
		q := [2]int{p[0] * 10, p[1] * 10}
		return &q
	}
	step := (*walker).down
	return step(w, p, n-1)
}

type stepper interface {
	step(p *[2]int, n int) *[2]int
}

type rec struct{ tag int }

func (r rec) step(p *[2]int, n int) *[2]int {
	if n <= 0 {
		return p
	}
	var s stepper = rec{r.tag + 1}
	return s.step(p, n-1)
}

func via(n int) (*[2]int, *[2]int, *[2]int) {
	a := [2]int{n, -n}
	b := [2]int{n + 1, -n - 1}
	c := [2]int{n + 2, -n - 2}
	w := &walker{}
	r1 := w.down(&a, 4) // stored in sink at depth 4
	r2 := w.down(&b, 3) // a new array from odd
	var s stepper = rec{}
	r3 := s.step(&c, 5) // returned from depth 5
	return r1, r2, r3
}

func viaClosure(n int) *int {
	var f func(p *int, k int) *int
	f = func(p *int, k int) *int {
		if k == 0 {
			return p
		}
		return f(p, k-1)
	}
	x := n
	return f(&x, 3)
}

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

func main() {
	r1, r2, r3 := via(5)
	x := viaClosure(9)
	clobber(3)
	fmt.Println(*r1, *r2, *r3, *x, *sink[0])
}
