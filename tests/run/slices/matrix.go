// run

package main

import "fmt"

func newMatrix(r, c int) [][]float64 {
	m := make([][]float64, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func mul(a, b [][]float64) [][]float64 {
	res := newMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				res[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return res
}

func transpose(a [][]float64) [][]float64 {
	t := newMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func main() {
	a := [][]float64{{1, 2, 3}, {4, 5, 6}}
	b := [][]float64{{7, 8}, {9, 10}, {11, 12}}
	fmt.Println(mul(a, b))
	fmt.Println(transpose(a))
	id := newMatrix(3, 3)
	for i := range id {
		id[i][i] = 1
	}
	fmt.Println(mul(transpose(a), [][]float64{{1, 0}, {0, 1}}), id)
	// jagged: pascal's triangle
	tri := [][]int{}
	for i := 0; i < 10; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, row := range tri {
		fmt.Println(row)
	}
	// one backing array for a 2D grid
	w, h := 5, 4
	cells := make([]int, w*h)
	grid := make([][]int, h)
	for i := range grid {
		grid[i] = cells[i*w : (i+1)*w]
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			grid[y][x] = y*10 + x
		}
	}
	fmt.Println(cells)
	grid[2] = append(grid[2], 999)
	fmt.Println(cells[15], grid[3][0])
	// spiral order
	n := 4
	sq := make([][]int, n)
	for i := range sq {
		sq[i] = make([]int, n)
		for j := range sq[i] {
			sq[i][j] = i*n + j
		}
	}
	var out []int
	top, bot, left, right := 0, n-1, 0, n-1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, sq[top][j])
		}
		top++
		for i := top; i <= bot; i++ {
			out = append(out, sq[i][right])
		}
		right--
		for j := right; j >= left && top <= bot; j-- {
			out = append(out, sq[bot][j])
		}
		bot--
		for i := bot; i >= top && left <= right; i-- {
			out = append(out, sq[i][left])
		}
		left++
	}
	fmt.Println(out)
}
