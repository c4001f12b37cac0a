// run

package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y int }

func main() {
	a := [3]string{"a", "b", "c"}
	b := [3]string{"a", "b", "c"}
	c := [3]string{"a", "b", "C"}
	fmt.Println(a == b, a == c, a != c)
	p := [2]Point{{1, 2}, {3, 4}}
	q := [2]Point{{1, 2}, {3, 4}}
	q2 := q
	q2[1].Y = 5
	fmt.Println(p == q, p == q2)
	nan := math.NaN()
	f1 := [2]float64{1, nan}
	f2 := f1
	fmt.Println(f1 == f2, f1[0] == f2[0])
	z1 := [2]float64{0, 1}
	z2 := [2]float64{math.Copysign(0, -1), 1}
	fmt.Println(z1 == z2)
	var i1, i2 [2]interface{}
	i1[0], i2[0] = 1, 1
	i1[1], i2[1] = "x", "x"
	fmt.Println(i1 == i2)
	i2[1] = 'x'
	fmt.Println(i1 == i2)
	ptrs1 := [2]*int{}
	x := 5
	ptrs2 := [2]*int{&x, nil}
	fmt.Println(ptrs1 == ptrs2)
	ptrs1[0] = &x
	fmt.Println(ptrs1 == ptrs2)
	// use as a fixed-size key by linear search
	seen := [][2]int{}
	add := func(k [2]int) bool {
		for _, s := range seen {
			if s == k {
				return false
			}
		}
		seen = append(seen, k)
		return true
	}
	for _, k := range [][2]int{{1, 2}, {2, 1}, {1, 2}, {0, 0}, {2, 1}} {
		fmt.Print(add(k), " ")
	}
	fmt.Println(len(seen))
	nested := [2][2][2]int{{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}}
	n2 := nested
	fmt.Println(nested == n2)
	n2[1][1][1] = 0
	fmt.Println(nested == n2, nested[0] == n2[0], nested[1] == n2[1])
	type rec struct {
		tags [2]string
		n    int
	}
	r1 := rec{[2]string{"a", "b"}, 1}
	r2 := rec{[2]string{"a", "b"}, 1}
	fmt.Println(r1 == r2)
	r2.tags[1] = "B"
	fmt.Println(r1 == r2)
}
