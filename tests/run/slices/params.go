// run

package main

import "fmt"

func inc(s []int) {
	for i := range s {
		s[i] += 1
	}
}

func incCopy(s []int) {
	for _, v := range s {
		v++
		_ = v
	}
}

func myAppend(s []int) []int {
	s = append(s, 100)
	return s
}

func myAppendPtr(s *[]int) {
	*s = append(*s, 100)
}

func reset(s []int) {
	s = nil
	_ = s
}

func fill(s []int, v int) int {
	for i := range s {
		s[i] = v
	}
	return len(s)
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	s := []int{1, 1, 1}
	inc(s)
	fmt.Println(s)
	incCopy(s)
	fmt.Println(s)
	newS := myAppend(s)
	fmt.Println(s)
	fmt.Println(newS)
	s = newS
	myAppendPtr(&s)
	fmt.Println(s)
	reset(s)
	fmt.Println(s, len(s), cap(s))
	// append inside callee with spare capacity is visible through the backing array only
	t := make([]int, 2, 10)
	u := myAppend(t)
	fmt.Println(t, u, t[:3])
	n := fill(u[1:], 7)
	fmt.Println(n, t, u)
	fmt.Println(sum(), sum(1, 2, 3), sum(s...), sum(u[:2]...))
	// variadic receives the same backing array
	vs := []int{5, 6, 7}
	modify := func(xs ...int) { xs[0] = 50 }
	modify(vs...)
	fmt.Println(vs)
	modify(1, 2)
	fmt.Println(vs)
	// returning sub-slices
	first := func(xs []int, k int) []int { return xs[:k] }
	f := first(vs, 2)
	f[1] = 60
	fmt.Println(vs, f, cap(f))
	// slice of slices passed by value
	grid := [][]int{{1}, {2}}
	addRow := func(g [][]int) { g[0][0] = 10; g = append(g, []int{3}); _ = g }
	addRow(grid)
	fmt.Println(grid, len(grid))
}
