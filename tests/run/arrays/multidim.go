// run

package main

import "fmt"

const N = 4

func transpose(m [N][N]int) [N][N]int {
	var t [N][N]int
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func mul(a, b [N][N]int) [N][N]int {
	var c [N][N]int
	for i := range a {
		for j := range b[0] {
			for k := range b {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	var m [N][N]int
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			m[i][j] = i*N + j
		}
	}
	fmt.Println(m)
	t := transpose(m)
	fmt.Println(t)
	fmt.Println(mul(m, t))
	var id [N][N]int
	for i := range id {
		id[i][i] = 1
	}
	fmt.Println(mul(m, id) == m, mul(id, t) == t)
	// 3-D array
	var cube [2][3][4]int
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				cube[i][j][k] = i*100 + j*10 + k
			}
		}
	}
	fmt.Println(cube)
	fmt.Println(len(cube), len(cube[0]), len(cube[0][0]))
	// row assignment copies the row
	row := cube[1][2]
	row[0] = -1
	cube[0][0] = row
	fmt.Println(cube[0][0], cube[1][2])
	// spiral order traversal
	var sp [5][5]int
	top, bottom, left, right := 0, 4, 0, 4
	n := 1
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			sp[top][j] = n
			n++
		}
		top++
		for i := top; i <= bottom; i++ {
			sp[i][right] = n
			n++
		}
		right--
		for j := right; j >= left && top <= bottom; j-- {
			sp[bottom][j] = n
			n++
		}
		bottom--
		for i := bottom; i >= top && left <= right; i-- {
			sp[i][left] = n
			n++
		}
		left++
	}
	for _, r := range sp {
		for _, v := range r {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
}
