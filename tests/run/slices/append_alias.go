// run

package main

import "fmt"

func addOne(s []int) []int {
	return append(s, 1)
}

func main() {
	// two appends to the same slice with spare capacity share storage
	base := make([]int, 3, 10)
	x := append(base, 100)
	y := append(base, 200)
	fmt.Println(x, y, x[3] == y[3])
	// when there is no spare capacity they do not
	full := []int{1, 2, 3}
	p := append(full, 100)
	q := append(full, 200)
	fmt.Println(p, q)
	// a function appending to a caller's slice
	s := make([]int, 0, 4)
	s = append(s, 5, 6)
	t := addOne(s)
	u := addOne(s)
	fmt.Println(s, t, u, len(s), cap(s))
	// mutations after growth
	a := []int{1}
	b := a
	a = append(a, 2)
	a[0] = 99
	fmt.Println(a, b)
	// loop appending to a slice derived from another
	src := []int{1, 2, 3, 4, 5, 6}
	evens := src[:0]
	for _, v := range src {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Println(evens, src)
	// append of a slice to itself
	d := []int{1, 2, 3}
	d = append(d, d...)
	fmt.Println(d)
	d = append(d[:2], d[3:]...)
	fmt.Println(d, len(d), cap(d))
	// append to a sub-slice overwrites the parent's later elements
	parent := []string{"a", "b", "c", "d"}
	child := parent[:2]
	child = append(child, "X")
	fmt.Println(parent, child)
	// append to nil
	var n []string
	n = append(n)
	fmt.Println(n == nil, len(n))
	n = append(n, []string{}...)
	fmt.Println(n == nil)
	n = append(n, "z")
	fmt.Println(n, n == nil)
}
