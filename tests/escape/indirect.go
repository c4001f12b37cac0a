// escape
package main

type T struct{ n int }

func (t *T) Get() int { return t.n }

type getter interface{ Get() int }

func deref(p *int) int { return *p }

func viaParam(f func(*int) int) int {
	x := 1
	return f(&x)
}

func viaStaticVar() int {
	f := deref
	y := 2
	return f(&y)
}

func viaReassigned(c bool) int {
	f := deref
	if c {
		f = func(p *int) int { return *p + 1 }
	}
	z := 3
	return f(&z)
}

func viaMethodExpr() int {
	g := (*T).Get
	t := T{n: 4}
	return g(&t)
}

func viaIface(g getter) int {
	return g.Get()
}

func viaIfaceLocal() int {
	t := T{n: 5}
	var g getter = &t
	return g.Get()
}

func addrParam(x int) *int {
	return &x
}

func addrParamLocal(x int) int {
	p := &x
	return *p
}

func main() {
	println(viaParam(deref), viaStaticVar(), viaReassigned(true), viaMethodExpr())
	println(viaIface(&T{n: 6}), viaIfaceLocal(), *addrParam(7), addrParamLocal(8))
}
