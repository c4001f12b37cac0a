// run

package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Circle struct{ R int }

func (c *Circle) Area() int { return 3 * c.R * c.R }

func main() {
	var s Shape = &Circle{2}
	fmt.Println(s.(*Circle).R)
	s = Sq{3}
	fmt.Println(s.(Sq).S)
	fmt.Println(s.(*Circle).R)
}
