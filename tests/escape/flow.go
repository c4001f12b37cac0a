// escape
package main

var sink *int

func chain() {
	x := 1
	p := &x
	q := p
	r := q
	sink = r
}

func derefChain() int {
	y := 2
	p := &y
	pp := &p
	ppp := &pp
	return ***ppp
}

func derefChainEscape() {
	z := 3
	p := &z
	pp := &p
	sink = *pp
}

func addrDeref(p *int) *int {
	return &*p
}

func reassign(c bool) *int {
	a, b := 4, 5
	p := &a
	if c {
		p = &b
	}
	return p
}

func selfAssign() int {
	w := 6
	p := &w
	p = p
	return *p
}

func blank() {
	v := 7
	_ = &v
}

func cond(c bool) int {
	a := 8
	var p *int
	if c {
		p = &a
	}
	if p != nil {
		return *p
	}
	return 0
}

func main() {
	chain()
	derefChainEscape()
	n := 9
	println(derefChain(), *addrDeref(&n), *reassign(true), selfAssign(), cond(true))
	blank()
}
