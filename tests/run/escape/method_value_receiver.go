// run

// Attacks: method values x.M with a pointer receiver whose x is an
// addressable expression built by allocations: *id(&T{}), *new(T),
// []T{...}[i], *first(T{...}) (a ... slice), a conversion inside the
// index. The method value (a closure holding &x) escapes; the allocations
// behind x must escape with it, even though M does not keep its receiver.
package main

import "fmt"

type T struct{ v [4]int }

func (t *T) Get() int { return t.v[0]*10 + t.v[3] }

func id(p *T) *T             { return p }
func pick(xs []T, i int) []T { return xs[i:] }
func first(xs ...T) *T       { return &xs[0] }
func idx(x any) int          { return len(fmt.Sprint(x)) % 2 }

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

func viaCall(n int) func() int {
	return (*id(&T{v: [4]int{n, 0, 0, 1}})).Get
}

func viaNew(n int) func() int {
	f := (*new(T)).Get
	return f
}

func viaSliceLit(n int) func() int {
	return []T{{v: [4]int{n, 0, 0, 2}}, {}}[0].Get
}

func viaPick(n int) func() int {
	return pick([]T{{}, {v: [4]int{n, 0, 0, 3}}}, 1)[0].Get
}

func viaDots(n int) func() int {
	return (*first(T{v: [4]int{n, 0, 0, 4}}, T{})).Get
}

type pair struct{ a, b int }

func viaIndexConv(n int) func() int {
	ts := make([]T, 2)
	ts[0].v[0], ts[1].v[0] = n, n+1
	return ts[idx(pair{n, n})].Get
}

func main() {
	fs := []func() int{viaCall(1), viaNew(2), viaSliceLit(3), viaPick(4), viaDots(5),
		viaIndexConv(6)}
	clobber(7)
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
