// run

package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	// copy handles overlapping ranges like memmove
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s, s[3:])
	fmt.Println(n, s)
	// copy copies min(len(dst), len(src))
	dst := make([]int, 3)
	n = copy(dst, []int{7, 8, 9, 10, 11})
	fmt.Println(n, dst)
	dst = make([]int, 6)
	n = copy(dst, []int{7, 8})
	fmt.Println(n, dst)
	n = copy(dst, []int(nil))
	fmt.Println(n, dst)
	var nilDst []int
	n = copy(nilDst, []int{1})
	fmt.Println(n, nilDst == nil)
	// copy from a string into bytes
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	// copy between slices of structs and strings
	type p struct{ x, y int }
	ps := []p{{1, 2}, {3, 4}, {5, 6}}
	qs := make([]p, 2)
	copy(qs, ps[1:])
	qs[0].x = 30
	fmt.Println(ps, qs)
	ss := []string{"a", "b", "c", "d"}
	copy(ss[1:], ss[:2])
	fmt.Println(ss)
	// shifting elements to insert and delete
	v := []int{1, 2, 4, 5}
	v = append(v, 0)
	copy(v[3:], v[2:])
	v[2] = 3
	fmt.Println(v, len(v))
	copy(v[1:], v[2:])
	v = v[:len(v)-1]
	fmt.Println(v, len(v), cap(v))
	// copy to self is a no-op
	n = copy(v, v)
	fmt.Println(n, v)
	// copy into a sub-slice of an array
	var arr [8]int
	n = copy(arr[5:], []int{1, 2, 3, 4})
	fmt.Println(n, arr)
}
