// run

package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max *Point
	Label    string
}

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Point) String() string  { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	p := &Point{1, 2}
	p.Move(3, 4)
	fmt.Println(p.X, p.Y, *p)
	r := &Rect{&Point{0, 0}, &Point{10, 10}, "box"}
	r.Max.Move(-1, -1)
	fmt.Println(r.Min, r.Max, r.Label)
	// each &T{} is a new object
	a, b := &Point{}, &Point{}
	fmt.Println(a == b, *a == *b)
	// &[]T{} and &[N]T{}
	sp := &[]int{1, 2, 3}
	*sp = append(*sp, 4)
	fmt.Println(*sp, len(*sp))
	ap := &[3]string{"a", "b", "c"}
	ap[1] = "B"
	fmt.Println(*ap, len(ap))
	// slices of pointers to composite literals
	pts := []*Point{{1, 1}, {2, 2}, {3, 3}}
	for _, q := range pts {
		q.Move(10, 0)
	}
	for _, q := range pts {
		fmt.Print(*q, " ")
	}
	fmt.Println()
	// array of pointers elided type
	arr := [2]*Point{{5, 5}, nil}
	fmt.Println(arr[0].X, arr[1] == nil)
	// shared pointees
	shared := &Point{0, 0}
	r1 := Rect{shared, shared, "r1"}
	r2 := r1
	r2.Min.Move(1, 1)
	fmt.Println(*r1.Min, *r1.Max, *r2.Max)
	// address of a struct field and an element of a composite literal
	q := Point{7, 8}
	px := &q.X
	*px = 70
	fmt.Println(q)
	e := &[]Point{{1, 2}, {3, 4}}
	(*e)[1].Move(1, 1)
	fmt.Println(*e)
}
