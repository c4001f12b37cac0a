// run

package main

import "fmt"

func sum(p *[5]int) int {
	t := 0
	for _, v := range p {
		t += v
	}
	return t
}

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	p := &arr
	fmt.Println(len(p), cap(p), p[0], p[4], sum(p))
	p[2] = 30
	fmt.Println(arr, *p)
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(arr)
	s := p[1:3]
	s[0] = -1
	fmt.Println(arr, s, cap(s))
	var np *[3]int
	fmt.Println(len(np), np == nil)
	for i := range np {
		fmt.Print(i, " ")
	}
	fmt.Println()
	q := &[...]string{"x", "y", "z"}
	q2 := q
	q2[1] = "Y"
	fmt.Println(*q, len(q))
	// array pointer as value holder
	type counter [4]int
	cs := []*counter{{}, {1, 1, 1, 1}}
	for _, c := range cs {
		for i := range c {
			c[i] += i
		}
	}
	fmt.Println(*cs[0], *cs[1])
	// pointer to element
	e := &arr[3]
	*e = 1000
	fmt.Println(arr)
	// comparing array pointers
	a1 := [2]int{1, 2}
	a2 := [2]int{1, 2}
	fmt.Println(&a1 == &a2, a1 == a2, *(&a1) == *(&a2))
	// copy from array pointer to slice
	dst := make([]int, 3)
	n := copy(dst, p[:])
	fmt.Println(n, dst)
	// multi-dim via pointer
	var m [3][4]int
	pm := &m
	for i := range pm {
		for j := range pm[i] {
			pm[i][j] = i * j
		}
	}
	fmt.Println(m, len(pm[0]))
	rowp := &m[2]
	rowp[3] = 99
	fmt.Println(m[2])
}
