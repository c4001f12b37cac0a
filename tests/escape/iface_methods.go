// escape
package main

type shape interface {
	area() int
}

type rect struct{ w, h int }
type square struct{ s int }

func (r rect) area() int    { return r.w * r.h }
func (s *square) area() int { return s.s * s.s }

var gshape shape

func total(ss []shape) int {
	t := 0
	for _, s := range ss {
		t += s.area()
	}
	return t
}

func assign() int {
	var s shape
	s = rect{2, 3}
	a := s.area()
	s = &square{4}
	return a + s.area()
}

func keep() {
	gshape = rect{1, 1}
}

func kind(x interface{}) int {
	switch v := x.(type) {
	case int:
		return v
	case *int:
		return *v
	case string:
		return len(v)
	}
	return -1
}

func assert(x interface{}) *int {
	if p, ok := x.(*int); ok {
		return p
	}
	return x.(*int)
}

func main() {
	ss := []shape{rect{1, 2}, &square{3}}
	println(total(ss), assign())
	keep()
	n := 5
	println(kind(1), kind(&n), kind("abc"))
	m := 6
	println(*assert(&m))
}
