// run

package main

import "fmt"

type Vec [3]float64

func (v Vec) Scale(k float64) Vec {
	for i := range v {
		v[i] *= k
	}
	return v
}

func (v *Vec) ScaleInPlace(k float64) {
	for i := range v {
		v[i] *= k
	}
}

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

type Board struct {
	cells [3][3]byte
	name  string
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := double(a)
	fmt.Println(a, b)
	doublePtr(&a)
	fmt.Println(a, a == b, a != b)
	c := a
	c[0] = 100
	fmt.Println(a[0], c[0])
	v := Vec{1, 2, 3}
	w := v.Scale(2)
	fmt.Println(v, w)
	v.ScaleInPlace(10)
	fmt.Println(v)
	bd := Board{name: "empty"}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			bd.cells[i][j] = '.'
		}
	}
	bd2 := bd
	bd2.cells[1][1] = 'X'
	bd2.name = "one move"
	for _, b := range []Board{bd, bd2} {
		fmt.Println(b.name)
		for _, row := range b.cells {
			fmt.Println(string(row[:]))
		}
	}
	fmt.Println(bd == bd2, bd.cells == bd2.cells, bd.cells[0] == bd2.cells[0])
	// array of arrays assignment copies deeply
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 9
	row := grid[1]
	row[1] = 40
	fmt.Println(grid, g2, row)
	// arrays in slices are copied when appended
	arrs := [][2]string{}
	x := [2]string{"a", "b"}
	arrs = append(arrs, x)
	x[0] = "z"
	fmt.Println(arrs, x)
	// zero values
	var z [3]struct {
		n int
		s string
	}
	fmt.Printf("%v %+v\n", z, z[0])
	var e [0]int
	fmt.Println(len(e), e, [0]int{} == e)
	fmt.Println(len([10]int{}), cap([5]string{}))
}
