// run

package main

import "fmt"

// An uncaught runtime error through frames that each defer a call.

type table struct{ rows [][]int }

func (t *table) cell(r, c int) int {
	defer fmt.Println("cell deferred", r, c)
	return t.rows[r][c]
}

func sumRow(t *table, r int) (s int) {
	defer func() { fmt.Println("sumRow deferred, partial sum", s) }()
	for c := 0; c < 4; c++ {
		s += t.cell(r, c)
	}
	return s
}

func main() {
	t := &table{rows: [][]int{{1, 2, 3, 4}, {5, 6, 7}}}
	defer fmt.Println("main deferred")
	fmt.Println(sumRow(t, 0))
	fmt.Println(sumRow(t, 1))
}
