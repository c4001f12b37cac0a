// run

package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

type Employee struct {
	Name    string
	Age     int
	Salary  float64
	Active  bool
	Tags    []string
	Manager *Employee
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func main() {
	var p Point
	fmt.Println(p, p.X, p.Y)
	p.X = 3
	p.Y = -4
	fmt.Println(p)
	q := Point{1, 2}
	r := Point{Y: 7}
	fmt.Println(q, r)
	fmt.Printf("%v %+v %#v %T\n", q, q, q, q)
	rect := Rect{Min: Point{0, 0}, Max: Point{4, 5}, Label: "box"}
	fmt.Printf("%v\n%+v\n%#v\n", rect, rect, rect)
	fmt.Println(rect.Area(), rect.Max.X)
	rect.Max.Y *= 2
	fmt.Println(rect.Area())
	e := Employee{Name: "Ann", Age: 40, Salary: 5000.5, Tags: []string{"a", "b"}}
	fmt.Printf("%v\n%+v\n", e, e)
	e2 := e
	e2.Name = "Bob"
	e2.Tags[0] = "shared"
	fmt.Println(e.Name, e.Tags, e2.Name, e2.Tags)
	var z Employee
	fmt.Printf("%+v\n", z)
	fmt.Printf("%#v\n", z)
	ptr := &Point{10, 20}
	ptr.X++
	(*ptr).Y--
	fmt.Println(*ptr, ptr.X+ptr.Y)
	fmt.Printf("%v %+v\n", ptr, ptr)
	pts := []Point{{1, 1}, {2, 4}, {3, 9}}
	sumX, sumY := 0, 0
	for _, pt := range pts {
		sumX += pt.X
		sumY += pt.Y
	}
	fmt.Println(sumX, sumY, pts)
	type local struct {
		a int
		b string
	}
	l := local{5, "five"}
	fmt.Printf("%v %+v %#v\n", l, l, l)
}
