// run

package main

import "fmt"

type point struct{ X, Y int }

type labeled struct {
	name string
	p    point
	tags [2]string
	ptr  *int
	f    float64
	ok   bool
}

type empty struct{}

func main() {
	n := 5
	a := labeled{"a", point{1, 2}, [2]string{"x", "y"}, &n, 1.5, true}
	b := a
	fmt.Println(a == b, a != b)
	b.tags[1] = "z"
	fmt.Println(a == b)
	b = a
	m := 5
	b.ptr = &m
	fmt.Println(a == b, *a.ptr == *b.ptr)
	b = a
	b.p.Y++
	fmt.Println(a == b, a.p == point{1, 2}, b.p == point{1, 3})
	var zero float64
	c := a
	c.f = zero / zero
	fmt.Println(c == c)
	c.f = -zero
	d := c
	d.f = 0
	fmt.Println(c == d)
	fmt.Println(empty{} == empty{}, struct{}{} == struct{}{})
	// anonymous struct comparison with a named one of identical layout
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(anon == point{1, 2}, point(anon) == point{1, 2})
	// arrays of structs
	r1 := [2]point{{1, 2}, {3, 4}}
	r2 := r1
	fmt.Println(r1 == r2)
	r2[0].X = 0
	fmt.Println(r1 == r2)
	// interface values holding structs compare by dynamic value
	var i1, i2 interface{} = point{1, 2}, point{1, 2}
	var i3 interface{} = struct{ X, Y int }{1, 2}
	fmt.Println(i1 == i2, i1 == i3)
	// linear search using ==
	pts := []point{{0, 0}, {1, 1}, {2, 4}, {3, 9}}
	for _, q := range []point{{2, 4}, {3, 3}} {
		idx := -1
		for i, p := range pts {
			if p == q {
				idx = i
				break
			}
		}
		fmt.Println(q, idx)
	}
}
