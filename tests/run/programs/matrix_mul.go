// run

package main

import "fmt"

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func (a Matrix) Print() {
	for _, row := range a {
		for _, v := range row {
			fmt.Printf("%9.2f", v)
		}
		fmt.Println()
	}
}

func identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	a.Mul(b).Print()
	b.Mul(a).Print()
	// integer matrix power: Fibonacci numbers
	f := Matrix{{1, 1}, {1, 0}}
	p := identity(2)
	for i := 1; i <= 30; i++ {
		p = p.Mul(f)
		if i%5 == 0 {
			fmt.Println(i, p[0][1])
		}
	}
	// a larger product with a checksum
	n := 60
	x, y := New(n, n), New(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			x[i][j] = float64((i*7+j*3)%11) - 5
			y[i][j] = float64((i*5+j*2)%13) / 4
		}
	}
	z := x.Mul(y)
	var tr, sum float64
	for i := 0; i < n; i++ {
		tr += z[i][i]
		for j := 0; j < n; j++ {
			sum += z[i][j]
		}
	}
	fmt.Println(tr, sum, z[0][0], z[n-1][n-1])
	id := identity(4)
	m := Matrix{{2, 0, 1, 3}, {1, 1, 1, 1}, {0, 5, 2, 1}, {3, 3, 3, 3}}
	m.Mul(id).Print()
}
