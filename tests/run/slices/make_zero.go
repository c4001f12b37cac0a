// run

package main

import "fmt"

type pair struct {
	k string
	v float64
	p *int
}

func main() {
	a := make([]int, 5)
	b := make([]string, 2, 8)
	c := make([]pair, 2)
	d := make([][]int, 3)
	e := make([]bool, 4)
	f := make([]*pair, 2)
	g := make([]interface{}, 3)
	h := make([]rune, 3)
	fmt.Println(a, len(a), cap(a))
	fmt.Printf("%q %d %d\n", b, len(b), cap(b))
	fmt.Println(c, c[0].p == nil)
	fmt.Println(d, d[0] == nil)
	fmt.Println(e, f, g, h)
	b = b[:5]
	fmt.Printf("%q\n", b)
	n := 7
	dyn := make([]float64, n, n*2)
	for i := range dyn {
		dyn[i] = float64(i) / 2
	}
	fmt.Println(dyn, cap(dyn))
	// reuse after truncation keeps old values visible
	dyn = dyn[:2]
	dyn = append(dyn, 100)
	fmt.Println(dyn, dyn[:cap(dyn)][3])
	// zeroing by re-make
	big := make([]int, 1000)
	for i := range big {
		big[i] = i
	}
	s := 0
	for _, v := range big {
		s += v
	}
	fmt.Println(s)
	big = make([]int, 1000)
	s = 0
	for _, v := range big {
		s += v
	}
	fmt.Println(s)
	// slice of arrays
	sa := make([][2]int, 3)
	sa[1][0] = 5
	sa = append(sa, [2]int{7, 8})
	fmt.Println(sa)
	// slice literal with indices
	idx := []string{3: "three", 1: "one", 5: "five"}
	fmt.Printf("%q %d\n", idx, len(idx))
	arr := [...]int{2: 20, 4, 5, 9: 90}
	fmt.Println(arr, len(arr))
	// slices of slices literal with elided types
	pairs := [][]pair{{{"a", 1, nil}}, {{k: "b"}, {v: 2.5}}}
	fmt.Println(len(pairs), len(pairs[1]), pairs[1][0].k, pairs[1][1].v)
	ptrs := []*pair{{k: "x"}, {k: "y", v: 1}}
	fmt.Println(ptrs[0].k, ptrs[1].v, *ptrs[1])
}
