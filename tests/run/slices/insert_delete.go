// run

package main

import "fmt"

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = insert(s, len(s)/2, i)
		fmt.Println(s, len(s), cap(s))
	}
	for len(s) > 0 {
		s = remove(s, len(s)/3)
		fmt.Println(s, len(s), cap(s))
	}
	nums := []int{}
	for i := 1; i <= 20; i++ {
		nums = append(nums, i)
	}
	odd := filter(nums, func(v int) bool { return v%2 == 1 })
	fmt.Println(odd)
	fmt.Println(nums)
	reverse(odd)
	fmt.Println(odd, nums[:3])
	// rotate left by k using three reversals
	r := []int{1, 2, 3, 4, 5, 6, 7}
	k := 3
	reverse(r[:k])
	reverse(r[k:])
	reverse(r)
	fmt.Println(r)
	// dedupe sorted
	d := []int{1, 1, 2, 3, 3, 3, 4, 5, 5}
	j := 0
	for i := range d {
		if i == 0 || d[i] != d[j-1] {
			d[j] = d[i]
			j++
		}
	}
	fmt.Println(d[:j], d)
	// stack via append and reslice
	var st []string
	for _, w := range []string{"a", "b", "c"} {
		st = append(st, w)
	}
	for len(st) > 0 {
		top := st[len(st)-1]
		st = st[:len(st)-1]
		fmt.Print(top, len(st), cap(st), " ")
	}
	fmt.Println()
}
