// run

package main

import "fmt"

func main() {
	// Go 1.19: each for loop has one iteration variable shared by all iterations
	var fs []func() int
	for i := 0; i < 5; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// range over an array: index and value variables are shared
	var idx []func() int
	var val []func() string
	for i, v := range [3]string{"a", "b", "c"} {
		idx = append(idx, func() int { return i })
		val = append(val, func() string { return v })
	}
	for k := range idx {
		fmt.Print(idx[k](), val[k](), " ")
	}
	fmt.Println()
	// range over a string
	var rs []*rune
	for _, r := range "héllo" {
		rs = append(rs, &r)
	}
	for _, p := range rs {
		fmt.Print(string(*p))
	}
	fmt.Println()
	// range over a slice of structs: &v is the same address every time
	type item struct{ n int }
	items := []item{{1}, {2}, {3}}
	var ptrs []*item
	for _, v := range items {
		ptrs = append(ptrs, &v)
	}
	fmt.Println(ptrs[0] == ptrs[1], ptrs[0].n, ptrs[2].n)
	// taking the address of the element instead
	ptrs = ptrs[:0]
	for i := range items {
		ptrs = append(ptrs, &items[i])
	}
	fmt.Println(ptrs[0] == ptrs[1], ptrs[0].n, ptrs[2].n)
	// closures invoked inside the loop see the current value
	for i := 0; i < 3; i++ {
		func() { fmt.Print(i, " ") }()
	}
	fmt.Println()
	// closures changing the shared variable change the iteration
	n := 0
	for i := 0; i < 20; i++ {
		skip := func() { i += 4 }
		skip()
		n++
	}
	fmt.Println("iterations:", n)
	// labeled nested loops with captured variables
	var cells []func() string
outer:
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			if c > r {
				continue outer
			}
			cells = append(cells, func() string { return fmt.Sprint(r, c) })
		}
	}
	for _, c := range cells {
		fmt.Print(c(), " ")
	}
	fmt.Println(len(cells))
}
