// run

package main

import "fmt"

type S struct {
	M map[string]int
}

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	delete(m, "x")
	delete(m, "")
	n := 0
	for k, v := range m {
		fmt.Println(k, v)
		n++
	}
	for range m {
		n++
	}
	for k := range m {
		_ = k
		n++
	}
	fmt.Println("iterations", n)
	fmt.Println(m)
	fmt.Printf("%v %d %#v %T\n", m, m, m, m)

	var s S
	fmt.Println(s.M == nil, len(s.M), s.M["a"])
	var pm map[[3]int]struct{ A, B string }
	e := pm[[3]int{1, 2, 3}]
	fmt.Printf("%q %q\n", e.A, e.B)
	var im map[interface{}]float64
	fmt.Println(im[1], im["s"], im[nil], len(im))
	var mm map[string]map[string]int
	fmt.Println(mm["a"]["b"], mm["a"] == nil)
	var fm map[int]func() int
	fmt.Println(fm[3] == nil)

	// a nil map can be replaced by a made one
	m = make(map[string]int)
	m["x"] = 1
	fmt.Println(m, len(m))
	m = nil
	fmt.Println(m, len(m), m["x"])
}
