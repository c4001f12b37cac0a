// run

package main

import "fmt"

func main() {
	// jagged triangle
	tri := make([][]int, 6)
	for i := range tri {
		tri[i] = make([]int, i+1)
		for j := range tri[i] {
			tri[i][j] = i * j
		}
	}
	for _, row := range tri {
		fmt.Println(len(row), row)
	}
	// rows sharing one backing array
	backing := make([]int, 12)
	rows := make([][]int, 3)
	for i := range rows {
		rows[i] = backing[i*4 : (i+1)*4]
	}
	rows[1][2] = 7
	backing[0] = 1
	fmt.Println(rows, backing)
	// appending to one row spills into the next when capacity allows
	rows[0] = append(rows[0], 99)
	fmt.Println(rows)
	// copying the outer slice copies the headers only
	dup := make([][]int, len(rows))
	copy(dup, rows)
	dup[2][0] = -5
	dup[1] = []int{0}
	fmt.Println(rows, dup)
	// deep copy
	deep := make([][]int, len(rows))
	for i := range rows {
		deep[i] = append([]int(nil), rows[i]...)
	}
	deep[0][0] = 1000
	fmt.Println(rows[0][0], deep[0][0])
	// slice of slices of strings
	words := [][]string{{"a", "b"}, {}, {"c"}, nil}
	total := 0
	for i, w := range words {
		total += len(w)
		fmt.Println(i, w, len(w), w == nil)
	}
	fmt.Println(total)
	// transpose a matrix of slices
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	t := make([][]int, len(m[0]))
	for j := range t {
		for i := range m {
			t[j] = append(t[j], m[i][j])
		}
	}
	fmt.Println(m, t)
}
