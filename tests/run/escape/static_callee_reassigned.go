// run

// Attacks: calls through a function variable that escape analysis may
// resolve to one static callee (ir.StaticValue). A named func type's
// pointer method (h.Set(leak), the method value h.Set) takes &h implicitly
// and reassigns h, so h(&x) no longer calls the function h was declared
// with; x must escape.
package main

import "fmt"

type F func(*int)

func (f *F) Set(g F) { *f = g }

var keep []*int

func noLeak(p *int) { _ = *p }
func leak(p *int)   { keep = append(keep, p) }

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

func viaFuncName(n int) {
	var h F = noLeak
	h.Set(leak)
	x := n
	h(&x)
}

func viaClosure(n int) {
	var h F = func(p *int) {}
	h.Set(leak)
	x := n
	h(&x)
}

func viaMethodValue(n int) {
	var h F = noLeak
	set := h.Set
	set(leak)
	x := n
	h(&x)
}

func viaChain(n int) {
	var h F = noLeak
	g := h
	g.Set(leak)
	x := n
	g(&x)
}

func viaDefer(n int) {
	var h F = noLeak
	func() {
		defer h.Set(leak)
	}()
	x := n
	h(&x)
}

func main() {
	viaFuncName(41)
	viaClosure(42)
	viaMethodValue(43)
	viaChain(44)
	viaDefer(45)
	clobber(1)
	for _, p := range keep {
		fmt.Println(*p)
	}
}
