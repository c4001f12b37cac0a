// run

package main

import "fmt"

type Point struct{ X, Y int }

func newPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

func counter() *int {
	n := 0
	return &n
}

func makeAll(n int) []*int {
	var out []*int
	for i := 0; i < n; i++ {
		v := i * i
		out = append(out, &v)
	}
	return out
}

type Registry struct{ items []*Point }

var global *Point

func register(r *Registry, x int) {
	p := Point{x, -x}
	r.items = append(r.items, &p)
	if x == 2 {
		global = &p
	}
}

func main() {
	a := newPoint(1, 2)
	b := newPoint(1, 2)
	fmt.Println(*a, *b, a == b, *a == *b)
	a.X = 10
	fmt.Println(*a, *b)
	c := counter()
	*c++
	*c++
	d := counter()
	*d += 10
	fmt.Println(*c, *d)
	ps := makeAll(6)
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var r Registry
	for i := 0; i < 4; i++ {
		register(&r, i)
	}
	for _, p := range r.items {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	global.X = 200
	fmt.Println(*r.items[2])
	// closures keep variables alive
	mk := func() (func() int, func()) {
		x := 0
		return func() int { return x }, func() { x += 5 }
	}
	get, inc := mk()
	inc()
	inc()
	fmt.Println(get())
	// pointer to loop-local variable created each iteration
	var keep []*Point
	for i := 0; i < 3; i++ {
		pt := Point{i, i * 2}
		keep = append(keep, &pt)
	}
	for _, k := range keep {
		fmt.Print(*k, " ")
	}
	fmt.Println()
	// many allocations survive
	var chain []*[16]int
	for i := 0; i < 1000; i++ {
		arr := new([16]int)
		arr[15] = i
		chain = append(chain, arr)
	}
	s := 0
	for _, arr := range chain {
		s += arr[15]
	}
	fmt.Println(s)
}
