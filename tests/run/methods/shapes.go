// run

package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (t Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func (c Circle) String() string   { return fmt.Sprintf("Circle(r=%g)", c.R) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
func (t Triangle) String() string { return fmt.Sprintf("Tri(%g,%g,%g)", t.A, t.B, t.C) }
func (s Square) String() string   { return fmt.Sprintf("Square(%g)", s.W) }

func main() {
	shapes := []Shape{Circle{1}, Rect{3, 4}, Triangle{3, 4, 5}, NewSquare(2), Circle{0.5}, Rect{10, 0.1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-14v area=%8.4f perim=%8.4f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area %.4f\n", total)
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Print(s, " ")
	}
	fmt.Println()
	largest := shapes[len(shapes)-1]
	if c, ok := largest.(Circle); ok {
		fmt.Println("largest is a circle of radius", c.R)
	} else {
		fmt.Printf("largest is %T\n", largest)
	}
	counts := [4]int{}
	for _, s := range shapes {
		switch s.(type) {
		case Circle:
			counts[0]++
		case Rect:
			counts[1]++
		case Triangle:
			counts[2]++
		case Square:
			counts[3]++
		}
	}
	fmt.Println(counts)
}
