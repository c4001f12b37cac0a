// run

package main

import "fmt"

func fill(p *[6]int, v int) {
	for i := range p {
		p[i] = v + i
	}
}

func main() {
	var a [6]int
	fill(&a, 10)
	fmt.Println(a)
	p := &a
	// indexing, slicing and len through the pointer
	fmt.Println(p[0], p[5], len(p), cap(p), p[2:4], (*p)[1])
	p[3] = -3
	fmt.Println(a[3])
	// range with index only, value, and neither over a pointer
	for i := range p {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for _, v := range p {
		fmt.Print(v, " ")
	}
	fmt.Println()
	n := 0
	for range p {
		n++
	}
	fmt.Println(n)
	// range over a nil pointer to array with only the index is fine (len is constant)
	var np *[3]string
	for i := range np {
		fmt.Print(i, " ")
	}
	fmt.Println(len(np))
	// a slice of the array through the pointer aliases
	s := p[:]
	s[0] = 999
	fmt.Println(a[0], len(s), cap(s))
	// pointer to array element
	e := &p[4]
	*e = 44
	fmt.Println(a)
	// pointers to arrays of arrays
	var g [3][3]byte
	pg := &g
	for i := range pg {
		for j := range pg[i] {
			pg[i][j] = byte('a' + i*3 + j)
		}
	}
	fmt.Println(string(g[0][:]), string(pg[1][:]), string(pg[2][1:]))
	// new array
	q := new([4]float64)
	q[1] = 1.5
	fmt.Println(*q, q[1])
}
