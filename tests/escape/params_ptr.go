// escape
package main

var sink *int
var sinkAny interface{}

func leakHeap(p *int) {
	sink = p
}

func leakResult(p *int) *int {
	return p
}

func leakContent(pp **int) *int {
	return *pp
}

func leakContentHeap(pp **int) {
	sink = *pp
}

func noLeak(p *int) int {
	return *p + 1
}

func store(p *int, v int) {
	*p = v
}

func leakBoth(p, q *int, c bool) *int {
	if c {
		sink = q
	}
	return p
}

func toIface(p *int) {
	sinkAny = p
}

func main() {
	a, b, c, d, e, f := 1, 2, 3, 4, 5, 6
	leakHeap(&a)
	r := leakResult(&b)
	pc := &c
	r2 := leakContent(&pc)
	pd := &d
	leakContentHeap(&pd)
	n := noLeak(&e)
	store(&f, n)
	g, h := 7, 8
	r3 := leakBoth(&g, &h, n > 0)
	i := 9
	toIface(&i)
	println(*r, *r2, *r3, f)
}
