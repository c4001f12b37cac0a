// run

package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

func main() {
	var s Shape
	v, ok := s.(Sq)
	fmt.Println(v, ok)
	fmt.Println(s.(Sq).Area())
}
