// run

package main

import "fmt"

type point struct{ x, y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a != b, a == c, a != c)
	b[2]++
	fmt.Println(b == c)
	s1 := [2]string{"go", "lite"}
	s2 := [2]string{"go", "li" + "te"}
	fmt.Println(s1 == s2)
	p1 := [2]point{{1, 2}, {3, 4}}
	p2 := [2]point{{1, 2}, {3, 4}}
	p2[1].y = 5
	fmt.Println(p1 == p2, p1[0] == p2[0])
	n1 := [2][2]int{{1, 2}, {3, 4}}
	n2 := n1
	fmt.Println(n1 == n2)
	n2[1][0] = 0
	fmt.Println(n1 == n2, n1[0] == n2[0])
	f1 := [2]float64{0, 1}
	f2 := [2]float64{-0.0, 1}
	var zero float64
	f3 := [2]float64{-zero, 1}
	fmt.Println(f1 == f2, f1 == f3)
	var e1, e2 [0]int
	fmt.Println(e1 == e2)
	b1 := [4]bool{true, false}
	b2 := [4]bool{0: true}
	fmt.Println(b1 == b2)
	var r1 [3]rune
	r2 := [3]rune{}
	fmt.Println(r1 == r2, r1 == [3]rune{0, 0, 0})
	// comparison of arrays of pointers compares addresses
	x, y := 1, 1
	ptrs1 := [2]*int{&x, &y}
	ptrs2 := [2]*int{&x, &y}
	ptrs3 := [2]*int{&y, &x}
	fmt.Println(ptrs1 == ptrs2, ptrs1 == ptrs3)
	// interfaces holding arrays
	var i1 interface{} = [2]int{1, 2}
	var i2 interface{} = [2]int{1, 2}
	fmt.Println(i1 == i2)
	// find the first duplicate row in a table
	rows := [][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {4, 5, 6}, {1, 2, 3}}
	for i := range rows {
		for j := 0; j < i; j++ {
			if rows[i] == rows[j] {
				fmt.Println("row", i, "repeats row", j)
			}
		}
	}
}
