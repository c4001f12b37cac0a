// run

package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	dst = make([]int, 8)
	n = copy(dst, src)
	fmt.Println(n, dst)
	n = copy(dst[5:], src)
	fmt.Println(n, dst)
	// overlapping forward and backward
	a := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	copy(a[2:], a)
	fmt.Println(a)
	a = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	copy(a, a[3:])
	fmt.Println(a)
	// copy from string
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs))
	// copy to nil / from nil
	var nilS []int
	fmt.Println(copy(nilS, src), copy(dst, nilS))
	// clone idioms
	c1 := append([]int(nil), src...)
	c2 := make([]int, len(src))
	copy(c2, src)
	c1[0], c2[1] = 100, 200
	fmt.Println(src, c1, c2)
	// copy of structs copies values
	type pt struct{ x, y int }
	ps := []pt{{1, 2}, {3, 4}}
	qs := make([]pt, 2)
	copy(qs, ps)
	qs[0].x = 9
	fmt.Println(ps, qs)
	// copy of pointers shares targets
	pp := []*pt{&ps[0], &ps[1]}
	qq := make([]*pt, 2)
	copy(qq, pp)
	qq[1].y = 44
	fmt.Println(ps, *qq[1])
	// rotate left by k using copy
	rot := func(s []int, k int) []int {
		tmp := make([]int, k)
		copy(tmp, s[:k])
		copy(s, s[k:])
		copy(s[len(s)-k:], tmp)
		return s
	}
	r := []int{1, 2, 3, 4, 5, 6, 7}
	for k := 1; k <= 3; k++ {
		fmt.Println(rot(append([]int(nil), r...), k))
	}
	// arrays are copied by assignment
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 7
	fmt.Println(arr, arr2)
	n = copy(arr[:], []int{9, 9, 9, 9, 9})
	fmt.Println(n, arr)
}
