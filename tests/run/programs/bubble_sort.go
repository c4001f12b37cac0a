// run

package main

import "fmt"

func bubble(a []int) (swaps, passes int) {
	for n := len(a); n > 1; n-- {
		passes++
		swapped := false
		for i := 1; i < n; i++ {
			if a[i-1] > a[i] {
				a[i-1], a[i] = a[i], a[i-1]
				swaps++
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return
}

func main() {
	data := [][]int{
		{},
		{1},
		{2, 1},
		{5, 1, 4, 2, 8},
		{1, 2, 3, 4, 5},
		{5, 4, 3, 2, 1},
		{3, 3, 1, 1, 2, 2},
		{-5, 10, 0, -20, 15, 7},
	}
	for _, d := range data {
		orig := fmt.Sprint(d)
		s, p := bubble(d)
		fmt.Println(orig, "->", d, "swaps", s, "passes", p)
	}
	// a bigger pseudo-random input
	x := uint32(7)
	big := make([]int, 300)
	for i := range big {
		x = x*1664525 + 1013904223
		big[i] = int(x>>20) % 1000
	}
	s, p := bubble(big)
	fmt.Println("swaps", s, "passes", p)
	fmt.Println(big[:10], big[290:])
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	fmt.Println("sorted", ok)
	// sorting strings
	names := []string{"mallory", "alice", "eve", "bob", "carol", "dave", "Zed"}
	for i := 0; i < len(names); i++ {
		for j := 0; j < len(names)-1-i; j++ {
			if names[j] > names[j+1] {
				names[j], names[j+1] = names[j+1], names[j]
			}
		}
	}
	fmt.Println(names)
}
