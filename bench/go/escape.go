package main

import "fmt"

// Allocations that do not escape (go keeps them on the stack, golite in
// the frame region): a struct whose address is passed down, a small slice
// literal, a composite literal behind a pointer and a closure, 10^7 times.

type vec struct{ x, y, z float64 }

func dot(a, b *vec) float64 { return a.x*b.x + a.y*b.y + a.z*b.z }

func step(i int) float64 {
	a := vec{float64(i), 1, 2}
	b := &vec{3, float64(i & 7), 1}
	w := []float64{0.5, 0.25}
	f := func(s float64) float64 { return s * w[0] }
	return f(dot(&a, b)) + w[1]
}

func main() {
	s := 0.0
	for i := 0; i < 10000000; i++ {
		s += step(i)
	}
	fmt.Println(s)
}
