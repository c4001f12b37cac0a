// run

package main

import "fmt"

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	sl := []int{10, 20, 30}
	str := "añb"
	// index only
	for i := range arr {
		fmt.Print(i, " ")
	}
	for i := range sl {
		fmt.Print(i, " ")
	}
	for i := range str {
		fmt.Print(i, " ")
	}
	for i := range &arr {
		fmt.Print(i, " ")
	}
	fmt.Println()
	// index and value
	for i, v := range arr {
		fmt.Print(i, v, " ")
	}
	for i, v := range sl {
		fmt.Print(i, ":", v, " ")
	}
	for i, v := range str {
		fmt.Print(i, ":", string(v), " ")
	}
	for i, v := range &arr {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	// value only
	for _, v := range sl {
		fmt.Print(v, " ")
	}
	fmt.Println()
	// neither
	n := 0
	for range arr {
		n++
	}
	for range sl {
		n++
	}
	for range str {
		n++
	}
	for range &arr {
		n++
	}
	fmt.Println(n)
	// range over a slice evaluates len once: appends are not visited
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4, 5)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	// but element writes to the shared backing array are seen
	s = []int{1, 2, 3}
	for i, v := range s {
		if i+1 < len(s) {
			s[i+1] *= 10
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	// assigning to existing variables
	var idx int
	var val string
	for idx, val = range arr {
	}
	fmt.Println(idx, val)
	// ranging over a function result evaluates it once
	calls := 0
	get := func() []int { calls++; return []int{7, 8, 9} }
	for range get() {
	}
	fmt.Println("calls", calls)
	// range over nil slice and empty string
	var nilS []string
	for range nilS {
		fmt.Println("never")
	}
	for range "" {
		fmt.Println("never")
	}
	// range over an array literal and a constant-length array expression
	for i, v := range [...]float64{1.5, 2.5} {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	// modifying the range value does not change the slice
	ws := []string{"x", "y"}
	for _, w := range ws {
		w += "!"
		_ = w
	}
	fmt.Println(ws)
	// range over a multi-dimensional array by reference
	var grid [3][3]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i + j
		}
	}
	for _, row := range &grid {
		fmt.Print(row, " ")
	}
	fmt.Println()
}
