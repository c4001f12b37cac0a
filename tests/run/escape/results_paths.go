// run

// Attacks: pointers to locals leaving through multiple results, named
// results, results assigned by deferred closures and by recover paths.
package main

import "fmt"

type pair struct{ a, b int }

func clobber(n int) (s int) {
	var big [128]int
	p := &big
	for i := range p {
		p[i] = n*31 + i
	}
	for _, v := range p {
		s += v
	}
	return s
}

func two() (*int, *pair) {
	x := 7
	y := pair{8, 9}
	return &x, &y
}

func named() (p *int, q []int) {
	v := 10
	arr := [3]int{11, 12, 13}
	p = &v
	q = arr[:]
	return
}

func viaDefer() (p *pair) {
	local := pair{14, 15}
	defer func() { p = &local }()
	return nil
}

func viaDeferArg() (p *int) {
	z := 16
	defer func(q *int) { p = q }(&z)
	return
}

func viaRecover() (p *[4]int) {
	arr := [4]int{17, 18, 19, 20}
	defer func() {
		if recover() != nil {
			p = &arr
		}
	}()
	panic("x")
}

func swap(a, b *int) (*int, *int) { return b, a }

func chained() (*int, *int) {
	m, n := 21, 22
	return swap(&m, &n)
}

func deep(k int) *pair {
	if k == 0 {
		v := pair{23, k}
		return &v
	}
	w := deep(k - 1)
	w.b += k
	return w
}

func main() {
	x, y := two()
	p, q := named()
	d := viaDefer()
	e := viaDeferArg()
	r := viaRecover()
	c1, c2 := chained()
	dp := deep(5)
	fmt.Println(clobber(1), clobber(2))
	fmt.Println(*x, *y, *p, q, *d, *e, *r, *c1, *c2, *dp)
	*x, y.a, q[1], d.b, r[3] = 100, 101, 102, 103, 104
	clobber(3)
	fmt.Println(*x, *y, q, *d, *r)
}
