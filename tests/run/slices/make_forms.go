// run

package main

import "fmt"

type cell struct {
	alive bool
	n     int8
}

func main() {
	a := make([]int, 5)
	b := make([]int, 2, 10)
	c := make([]string, 3)
	d := make([]cell, 2)
	e := make([][]int, 2)
	f := make([]float64, 0, 3)
	g := make([]*int, 2)
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	fmt.Printf("%q %d\n", c, len(c))
	fmt.Println(d, e, e[0] == nil, f, cap(f), g[0] == nil)
	// sizes from variables and typed integers
	var n8 int8 = 4
	var u uint = 3
	h := make([]byte, n8, 2*int(n8))
	i := make([]rune, u)
	fmt.Println(len(h), cap(h), len(i))
	// make of a named slice type
	type ints []int
	j := make(ints, 3)
	j[1] = 5
	fmt.Printf("%v %T\n", j, j)
	// b can be extended into its capacity with zeros visible
	b = b[:cap(b)]
	fmt.Println(b)
	// zero-length make is not nil
	z := make([]int, 0)
	fmt.Println(z == nil, len(z))
	// large make and sum
	big := make([]int64, 100000)
	for k := range big {
		big[k] = int64(k)
	}
	var sum int64
	for _, v := range big {
		sum += v
	}
	fmt.Println(sum)
	// slice literals with indices
	lit := []string{4: "e", 1: "b", "c"}
	fmt.Printf("%q %d %d\n", lit, len(lit), cap(lit))
	nested := [][]int{{}, {1}, nil, {1, 2}}
	fmt.Println(nested, len(nested[2]))
}
