// run

package main

import "fmt"

type board struct {
	n     int
	cols  []int
	used  []bool
	diag1 []bool
	diag2 []bool
	count int
	first []int
}

func (b *board) place(r int) {
	if r == b.n {
		if b.count == 0 {
			b.first = append([]int(nil), b.cols...)
		}
		b.count++
		return
	}
	for c := 0; c < b.n; c++ {
		if b.used[c] || b.diag1[r+c] || b.diag2[r-c+b.n-1] {
			continue
		}
		b.used[c], b.diag1[r+c], b.diag2[r-c+b.n-1] = true, true, true
		b.cols[r] = c
		b.place(r + 1)
		b.used[c], b.diag1[r+c], b.diag2[r-c+b.n-1] = false, false, false
	}
}

func solve(n int) *board {
	b := &board{n: n, cols: make([]int, n), used: make([]bool, n),
		diag1: make([]bool, 2*n), diag2: make([]bool, 2*n)}
	b.place(0)
	return b
}

func main() {
	for n := 1; n <= 9; n++ {
		b := solve(n)
		fmt.Println(n, b.count, b.first)
	}
	b := solve(8)
	for _, c := range b.first {
		for i := 0; i < 8; i++ {
			if i == c {
				fmt.Print("Q ")
			} else {
				fmt.Print(". ")
			}
		}
		fmt.Println()
	}
}
