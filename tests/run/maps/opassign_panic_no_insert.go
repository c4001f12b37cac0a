// run

package main

import "fmt"

// m[k] op= v: when the right side or the operation panics, nothing is
// inserted (go evaluates the index operands, the right side, then the map).
func try(name string, f func(m map[int]int)) {
	m := map[int]int{}
	func() {
		defer func() { fmt.Println(name, "recovered:", recover()) }()
		f(m)
	}()
	fmt.Println(name, "len", len(m))
}

func main() {
	var p *int
	var z int
	s := -1
	try("add", func(m map[int]int) { m[0] += *p })
	try("div", func(m map[int]int) { m[0] /= z })
	try("mod", func(m map[int]int) { m[0] %= z })
	try("shl", func(m map[int]int) { m[0] <<= s })
	try("ok", func(m map[int]int) { m[1] += 5; m[1] *= 3; m[1] /= 2; m[1] <<= 2 })
	fm := map[string]float64{"x": 1}
	var fz float64
	fm["x"] /= fz
	fm["y"] /= fz
	fmt.Println(fm["x"], fm["y"], len(fm))
	sm := map[string]string{}
	sm["a"] += "b"
	sm["a"] += "c"
	fmt.Println(sm)
}
