// run

// Attacks: variadic ... slices the callee keeps (in a global, a returned
// slice, a closure), f(xs...) passing the caller's own slice, and
// []byte(string) / string([]byte) / []rune conversions whose results are
// retained after the converting frame returns.
package main

import (
	"fmt"
	"strings"
)

var saved [][]*int
var savedAny []any

func keepArgs(ps ...*int)   { saved = append(saved, ps) }
func keepAny(xs ...any)     { savedAny = xs }
func first(ps ...*int) *int { return ps[0] }
func all(ps ...*int) []*int { return ps }
func later(ps ...int) func() int {
	return func() int { return ps[0] + ps[len(ps)-1] }
}

var bs []byte
var ss []string

func sum(p *[64]int) (s int) {
	for _, v := range p {
		s += v
	}
	return
}

func clobber(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*1000 + i
	}
	return sum(&a)
}

func variadics(n int) (*int, []*int, func() int) {
	a, b, c := n, n+1, n+2
	keepArgs(&a, &b)
	local := []*int{&c, &a}
	keepArgs(local...)
	type pt struct{ x, y int }
	keepAny(pt{n, -n}, [2]int{n, n}, "s")
	return first(&b), all(&c, &b), later(n, n*2, n*3)
}

func conversions(n int) string {
	s := fmt.Sprint("value-", n)
	b := []byte(s)
	b[0] = 'V'
	bs = b
	r := []rune(s)
	r[1] = 'A'
	ss = append(ss, string(r), string(b[:3]))
	var sb strings.Builder
	sb.Write(b)
	sb.WriteString(string(r))
	return sb.String()
}

func main() {
	p, ps, f := variadics(10)
	s := conversions(77)
	clobber(5)
	fmt.Println(*p, *ps[0], *ps[1], f(), s)
	for _, v := range saved {
		fmt.Println(*v[0], *v[1])
	}
	fmt.Println(savedAny...)
	fmt.Println(string(bs), ss)
}
