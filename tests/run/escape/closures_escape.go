// run

// Attacks: closures leaving their frame: go captures small never-reassigned
// variables by value (golite always by reference, so such a variable must
// move to the heap with the closure): closures run by goroutines later,
// returned from nested directly-called closures, stored in a struct field,
// a global, a map, and method values of frame objects returned.
package main

import "fmt"

type box struct {
	f func() int
	m map[string]func() int
}

type counter struct{ n [3]int }

func (c *counter) inc() int { c.n[0]++; return c.n[0] }
func (c counter) peek() int { return c.n[0] + c.n[2] }

var global func() int

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

func spawn(start chan struct{}, out chan int, n int) {
	x := [4]int{n, n + 1, n + 2, n + 3}
	y := n * 7
	f := func() int { return x[0] + x[3] + y }
	go func() {
		<-start
		out <- f() + x[1]
	}()
	g := func() func() int {
		z := [2]int{n, y}
		return func() int { return z[0] + z[1] + x[2] }
	}()
	go func() { <-start; out <- g() }()
}

func store(b *box, n int) {
	a, c := [2]int{n, 2 * n}, n+1
	b.f = func() int { return a[0] + a[1] }
	b.m["k"] = func() int { return c * 10 }
	d := n + 2
	global = func() int { return d * 100 }
}

func methods(n int) (func() int, func() int) {
	c := counter{[3]int{n, 0, n}}
	inc := c.inc // &c: the method value keeps c
	d := counter{[3]int{n + 5, 0, 1}}
	return inc, d.peek // d copied into the method value
}

func main() {
	start := make(chan struct{})
	out := make(chan int, 4)
	spawn(start, out, 10)
	b := box{m: map[string]func() int{}}
	store(&b, 3)
	inc, peek := methods(20)
	clobber(3)
	close(start)
	a, c := <-out, <-out
	if a > c {
		a, c = c, a
	}
	fmt.Println(a, c, b.f(), b.m["k"](), global())
	fmt.Println(inc(), inc(), peek())
}
