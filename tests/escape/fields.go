// escape
package main

type inner struct {
	p *int
}

type outer struct {
	in  inner
	pin *inner
	arr [2]*int
}

func setField(o *outer, p *int) {
	o.in.p = p
}

func setArr(o *outer, p *int) {
	o.arr[1] = p
}

func throughPtr(o *outer) *int {
	return o.pin.p
}

func localStruct() int {
	x := 1
	var o outer
	o.in.p = &x
	o.arr[0] = &x
	return *o.in.p + *o.arr[0]
}

func retField() *int {
	y := 2
	var o outer
	o.in.p = &y
	return o.in.p
}

func addrOfField(o *outer) *inner {
	return &o.in
}

func assignDeref(pp **int) {
	z := 3
	*pp = &z
}

func main() {
	a, b := 4, 5
	o := outer{}
	setField(&o, &a)
	setArr(&o, &b)
	c := 6
	o.pin = &inner{p: &c}
	var q *int
	assignDeref(&q)
	println(*throughPtr(&o), localStruct(), *retField(), addrOfField(&o).p != nil, *q)
}
