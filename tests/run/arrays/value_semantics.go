// run

package main

import "fmt"

func double(a [5]int) [5]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[5]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	b := a // copy
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doublePtr(&a)
	fmt.Println(a)
	// arrays in slices and slices of arrays
	grid := [][3]int{{1, 2, 3}, {4, 5, 6}}
	row := grid[0]
	row[0] = 99
	fmt.Println(grid, row)
	grid[1][2] = -6
	fmt.Println(grid)
	// ranging over an array copies it first
	arr := [3]int{10, 20, 30}
	for i, v := range arr {
		arr[2] = 300
		fmt.Println(i, v)
	}
	fmt.Println(arr)
	// ranging over a pointer to an array does not copy
	arr = [3]int{10, 20, 30}
	for i, v := range &arr {
		arr[2] = 300
		fmt.Println(i, v)
	}
	// ranging over a slice of the array does not copy either
	arr = [3]int{10, 20, 30}
	for i, v := range arr[:] {
		arr[2] = 300
		fmt.Println(i, v)
	}
	// arrays as struct fields are copied with the struct
	type holder struct {
		vals [3]string
	}
	h1 := holder{[3]string{"a", "b", "c"}}
	h2 := h1
	h2.vals[1] = "B"
	fmt.Println(h1, h2)
	// assignment of whole arrays through pointers
	p := &h1.vals
	*p = [3]string{"x", "y", "z"}
	fmt.Println(h1)
	// swapping arrays
	x, y := [2]int{1, 2}, [2]int{3, 4}
	x, y = y, x
	fmt.Println(x, y)
	// array of arrays copy depth
	var m [2][2]int
	n := m
	n[1][1] = 7
	fmt.Println(m, n)
	// zero value and len
	var z [4]bool
	var e [0]int
	fmt.Println(z, len(z), e, len(e))
}
