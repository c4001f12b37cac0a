// escape
package main

var sink interface{}
var sinkp *int

type box struct{ p *int }

func lvl0(p *int) *int     { return p }
func lvl1(pp **int) *int   { return *pp }
func lvl2(ppp ***int) *int { return **ppp }
func addr(p *int) **int    { return &p }
func boxed(b *box) *int    { return b.p }
func boxVal(b box) *int    { return b.p }
func mkBox(p *int) *box    { return &box{p} }
func mkBoxVal(p *int) box  { return box{p} }
func sinkDeref(pp **int)   { sinkp = *pp }
func sinkAny(pp **int)     { sink = pp }
func namedRes() (r int)    { sinkp = &r; return }
func twoRes(p, q *int) (a, b *int) {
	a = q
	b = p
	return
}

func main() {
	x1, x2, x3, x4, x5, x6, x7, x8, x9 := 1, 2, 3, 4, 5, 6, 7, 8, 9
	p2 := &x2
	p3 := &x3
	pp3 := &p3
	r1 := lvl0(&x1)
	r2 := lvl1(&p2)
	r3 := lvl2(&pp3)
	r4 := *addr(&x4)
	r5 := boxed(&box{&x5})
	r6 := boxVal(box{&x6})
	r7 := mkBox(&x7).p
	r8 := mkBoxVal(&x8).p
	p9 := &x9
	sinkDeref(&p9)
	y := 10
	py := &y
	sinkAny(&py)
	a, b := twoRes(r1, r2)
	println(*a, *b, *r3, *r4, *r5, *r6, *r7, *r8, namedRes())
}
