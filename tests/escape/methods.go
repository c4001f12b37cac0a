// escape
package main

type T struct {
	n int
	p *int
}

var gp *int
var gt *T

func (t *T) Get() int   { return t.n }
func (t T) GetV() int   { return t.n }
func (t *T) Ptr() *int  { return t.p }
func (t T) PtrV() *int  { return t.p }
func (t *T) Keep()      { gt = t }
func (t *T) Set(p *int) { t.p = p }
func (t *T) Self() *T   { return t }
func (t T) KeepP()      { gp = t.p }

type Outer struct {
	T
	name string
}

type OuterP struct {
	*T
}

func main() {
	x, y, z := 1, 2, 3
	t1 := T{n: 1, p: &x}
	println(t1.Get(), t1.GetV(), *t1.Ptr(), *t1.PtrV())
	t2 := &T{n: 2}
	t2.Keep()
	t3 := T{n: 3}
	t3.Set(&y)
	println(t3.Self().n)
	o := Outer{T: T{n: 4, p: &z}, name: "o"}
	println(o.Get(), o.name)
	o.KeepP()
	op := OuterP{&T{n: 5}}
	println(op.Get())
	t4 := T{n: 6}
	f := t4.Get
	println(f())
	t5 := T{n: 7}
	g := t5.GetV
	println(g())
	h := (*T).Get
	t6 := T{n: 8}
	println(h(&t6))
}
