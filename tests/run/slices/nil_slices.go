// run

package main

import "fmt"

func count(s []int) int { return len(s) }

func main() {
	var n []int
	e := []int{}
	m := make([]int, 0)
	fmt.Println(n == nil, e == nil, m == nil)
	fmt.Println(len(n), cap(n), len(e), cap(e), n, e)
	fmt.Printf("%v %v %d %T\n", n, e, n, n)
	// nil slices can be ranged, sliced and appended to
	for range n {
		fmt.Println("never")
	}
	fmt.Println(n[:], n[0:0], n[:0] == nil, count(n), count(nil))
	n = append(n, 1, 2, 3)
	fmt.Println(n, len(n), cap(n))
	// slicing to zero length keeps it non-nil
	z := n[:0]
	fmt.Println(z == nil, len(z), cap(z))
	z = n[0:0:0]
	fmt.Println(z == nil, cap(z))
	// nil []byte converts to empty string
	var b []byte
	fmt.Println(string(b) == "", len(string(b)))
	// []byte("") is not nil
	fmt.Println([]byte("") == nil, len([]byte("")))
	// a nil slice of slices
	var grid [][]int
	grid = append(grid, nil, []int{1})
	fmt.Println(grid, len(grid), grid[0] == nil, grid[1] == nil)
	// returning nil vs empty
	f := func(k int) []string {
		if k == 0 {
			return nil
		}
		return []string{}
	}
	fmt.Println(f(0) == nil, f(1) == nil)
	// copy into nil
	fmt.Println(copy(n, []int(nil)), copy([]int(nil), n))
}
