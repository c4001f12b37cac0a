// escape
package main

func two() (*int, *int) {
	a, b := 1, 2
	return &a, &b
}

func passTwo(p, q *int) (*int, *int) {
	return q, p
}

func named() (p *int, err error) {
	x := 3
	p = &x
	return
}

func namedLocal() (n int) {
	y := 4
	q := &y
	n = *q
	return
}

func swap(a, b []int) ([]int, []int) {
	return b, a
}

func forward() (*int, *int) {
	return two()
}

func mixed(s []int) (int, []int, error) {
	return len(s), s[1:], nil
}

func main() {
	a, b := two()
	c, d := 5, 6
	e, f := passTwo(&c, &d)
	g, err := named()
	h, i := swap([]int{1}, []int{2, 3})
	j, k := forward()
	n, rest, err2 := mixed([]int{7, 8, 9})
	println(*a, *b, *e, *f, *g, err == nil, namedLocal(), len(h), len(i), *j, *k, n, len(rest), err2 == nil)
}
