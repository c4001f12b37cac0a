// run

// Structs, methods and an interface.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

type Circle struct{ R float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func (r Rect) String() string   { return fmt.Sprintf("Rect %gx%g", r.W, r.H) }
func (c Circle) String() string { return fmt.Sprintf("Circle r=%g", c.R) }

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{W: 10, H: 0.5}, Circle{R: 2.5}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-12v area %7.3f  perimeter %7.3f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area %.3f\n", total)

	var biggest Shape
	for _, s := range shapes {
		if biggest == nil || s.Area() > biggest.Area() {
			biggest = s
		}
	}
	if c, ok := biggest.(Circle); ok {
		fmt.Println("the biggest is a circle of radius", c.R)
	} else {
		fmt.Println("the biggest is", biggest)
	}
}
