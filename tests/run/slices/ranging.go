// run

package main

import "fmt"

type item struct {
	name  string
	count int
}

func main() {
	items := []item{{"a", 1}, {"b", 2}, {"c", 3}}
	for _, it := range items {
		it.count *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].count *= 10
	}
	fmt.Println(items)
	// range expression evaluated once: appending does not extend the loop
	s := []int{1, 2, 3}
	for i, v := range s {
		s = append(s, v*10)
		fmt.Print(i, " ")
	}
	fmt.Println(s)
	// modifications to elements ahead are seen (slices share)
	t := []int{1, 2, 3, 4}
	for i, v := range t {
		if i+1 < len(t) {
			t[i+1] += v
		}
		fmt.Print(v, " ")
	}
	fmt.Println(t)
	// ranging over an array copies it
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		if i+1 < len(arr) {
			arr[i+1] += v
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	// but not through a pointer
	arr2 := [4]int{1, 2, 3, 4}
	for i, v := range &arr2 {
		if i+1 < len(arr2) {
			arr2[i+1] += v
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr2)
	// taking addresses of the loop variable (Go 1.19 reuses it)
	var ptrs []*int
	for _, v := range []int{10, 20, 30} {
		ptrs = append(ptrs, &v)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	var ptrs2 []*int
	vals := []int{10, 20, 30}
	for i := range vals {
		ptrs2 = append(ptrs2, &vals[i])
	}
	*ptrs2[1] = 21
	fmt.Println(vals)
	// shrinking during range doesn't stop iteration of the original length
	u := []int{5, 6, 7, 8}
	n := 0
	for range u {
		u = u[:0]
		n++
	}
	fmt.Println(n, len(u))
	// range with only index, nested ranges
	total := 0
	for i := range [3][]int{} {
		for j := range make([]struct{}, i+2) {
			total += i * j
		}
	}
	fmt.Println(total)
	var last int
	for _, last = range []int{4, 5, 6} {
	}
	fmt.Println(last)
	for i := range "" {
		fmt.Println("never", i)
	}
}
