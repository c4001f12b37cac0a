// run

// Attacks: devirtualized interface calls (an interface variable that only
// ever holds one conversion): the concrete method's leak summary must be
// applied to the right receiver — the boxed value, a pointer, a field
// reached through embedded pointers or values — and to the arguments.
package main

import "fmt"

type Keeper interface{ Keep(p *int) *int }

var kept []*int

type E struct{ own *int }

func (e *E) Keep(p *int) *int { kept = append(kept, e.own, p); return e.own }

type V struct{ own *int }

func (v V) Keep(p *int) *int { kept = append(kept, v.own); return p }

type W struct {
	tag int
	*E
}

type WV struct {
	V
	tag int
}

type Deep struct {
	pad [3]int
	W
}

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

func viaPtr(n int) *int {
	a, b := n, n+1
	var k Keeper = &E{own: &a}
	return k.Keep(&b)
}

func viaValue(n int) *int {
	a, b := n+10, n+11
	var k Keeper = V{own: &a}
	return k.Keep(&b)
}

func viaEmbedPtr(n int) *int {
	a, b := n+20, n+21
	var k Keeper = W{tag: 1, E: &E{own: &a}}
	return k.Keep(&b)
}

func viaEmbedValue(n int) *int {
	a, b := n+30, n+31
	var k Keeper = &WV{V: V{own: &a}}
	return k.Keep(&b)
}

func viaDeep(n int) *int {
	a, b := n+40, n+41
	d := Deep{W: W{E: &E{own: &a}}}
	var k Keeper = d
	return k.Keep(&b)
}

func main() {
	r := []*int{viaPtr(1), viaValue(1), viaEmbedPtr(1), viaEmbedValue(1), viaDeep(1)}
	clobber(9)
	for _, p := range r {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	for _, p := range kept {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
