// run

package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func main() {
	var x interface{} = Square{3}
	if a, ok := x.(interface{ Area() float64 }); ok {
		fmt.Println("area", a.Area())
	}
	_, ok := x.(Shape)
	fmt.Println("is shape:", ok)
	sh := x.(Shape)
	fmt.Println(sh.Perimeter())
}
