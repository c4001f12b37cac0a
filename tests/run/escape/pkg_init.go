// run

// Attacks: allocations made while package variables are initialized (go's
// package init function) and in init(): function literals called in
// initializers that return their locals' addresses, closures kept in
// package variables, frame allocations of init whose values the program
// reads after init returned.
package main

import "fmt"

type T struct{ a [3]int }

func mk(n int) *T           { t := T{[3]int{n, n, n}}; return &t }
func use(p *T) int          { return p.a[0] }
func keepT(p *T) func() int { return func() int { return p.a[1] } }

var (
	g1 = mk(1)
	g2 = use(&T{[3]int{2}})
	g3 = keepT(&T{[3]int{0, 3}})
	g4 = func() *int { x := 4; return &x }()
	g5 = [2]*int{func() *int { y := 5; return &y }(), new(int)}
	g6 = (&T{[3]int{6}}).a[:]
	g7 = func() func() int {
		u := T{[3]int{7, 0, 7}}
		return func() int { return use(&u) + u.a[2] }
	}()
	g8 = func() int {
		t := T{[3]int{1, 0, 2}}
		s := []int{1, 2, 3}
		p := &t
		return use(p) + p.a[2] + len(s)
	}()
)

var fs []func() int
var ps []*T

func init() {
	loc := T{[3]int{7, 8, 9}}
	fs = append(fs, keepT(&loc))
	z := 10
	fs = append(fs, func() int { return z })
	for i := 0; i < 3; i++ {
		t := T{[3]int{i, i, i}}
		ps = append(ps, &t)
	}
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
	clobber(1)
	fmt.Println(g1.a, g2, g3(), *g4, *g5[0], *g5[1], g6, g7(), g8)
	fmt.Println(fs[0](), fs[1](), ps[0].a, ps[1].a, ps[2].a)
}
