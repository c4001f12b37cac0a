// escape
package main

import "fmt"

type point struct{ x, y int }

func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

func makeSlice(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	p := newPoint(1, 2)
	s := makeSlice(p.x + 3)
	next := counter()
	next()
	msg := "hello"
	fmt.Println(msg)
	fmt.Println(p.y, len(s), next())
}
