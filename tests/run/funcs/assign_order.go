// run

package main

import "fmt"

var trace []string

func idx(name string, i int) int {
	trace = append(trace, name)
	return i
}

func main() {
	// tuple assignment evaluates all right-hand sides first
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	// index expressions on the left are evaluated before assignment
	s := []int{0, 0, 0}
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)
	s = []int{0, 0, 0}
	i = 2
	s[i], i = 7, 0
	fmt.Println(i, s)
	// fibonacci by tuple assignment
	p, q := 0, 1
	for k := 0; k < 20; k++ {
		p, q = q, p+q
	}
	fmt.Println(p, q)
	// swap slice elements and struct fields
	arr := []string{"a", "b", "c", "d"}
	arr[0], arr[3] = arr[3], arr[0]
	arr[1], arr[2] = arr[2], arr[1]
	fmt.Println(arr)
	type pt struct{ x, y int }
	pp := pt{1, 2}
	pp.x, pp.y = pp.y, pp.x
	fmt.Println(pp)
	// operands are evaluated left to right, calls in order
	m := []int{10, 20, 30, 40}
	m[idx("L1", 0)], m[idx("L2", 1)] = m[idx("R1", 2)], m[idx("R2", 3)]
	fmt.Println(m, trace)
	trace = nil
	sum := idx("a", 1) + idx("b", 2)*idx("c", 3)
	fmt.Println(sum, trace)
	// op= with an index evaluated once
	trace = nil
	m[idx("once", 1)] += 5
	fmt.Println(m, trace)
	// a permutation cycle
	c := [5]int{0, 1, 2, 3, 4}
	c[0], c[1], c[2], c[3], c[4] = c[1], c[2], c[3], c[4], c[0]
	fmt.Println(c)
	// pointer deref on left
	n := 5
	ptr := &n
	*ptr, n = n*2, 100
	fmt.Println(n, *ptr)
}
