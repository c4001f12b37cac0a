// run

package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func sortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	// literals of several shapes
	a := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(len(a), a["one"], a["two"], a["three"], a["four"])
	for _, k := range sortedKeys(a) {
		fmt.Println(k, a[k])
	}
	b := map[int]string{}
	fmt.Println(len(b), b == nil, b[7] == "")
	c := map[Point]string{{1, 2}: "a", {3, 4}: "b", Point{5, 6}: "c"}
	fmt.Println(len(c), c[Point{1, 2}], c[Point{3, 4}], c[Point{5, 6}], c[Point{}] == "")
	d := map[string][]int{"x": {1, 2}, "y": nil, "z": {}}
	fmt.Println(len(d), d["x"], d["y"] == nil, d["z"] == nil, len(d["z"]), d["w"] == nil)
	e := map[string]Point{"o": {}, "p": {X: 1}, "q": {Y: 2}}
	fmt.Println(e["o"], e["p"], e["q"], e["r"])
	f := map[[2]string]bool{{"a", "b"}: true, {"b", "a"}: false}
	fmt.Println(f[[2]string{"a", "b"}], f[[2]string{"b", "a"}], f[[2]string{"a", "a"}])
	g := map[string]*Point{"p": {7, 8}, "nil": nil}
	fmt.Println(*g["p"], g["nil"] == nil, g["absent"] == nil)
	h := map[rune]int{'a': 1, 'é': 2, '世': 3}
	fmt.Println(h['a'], h['é'], h['世'], len(h))
	// literal with computed keys and values
	n := 10
	i := map[int]int{n: n * n, n + 1: (n + 1) * (n + 1), -n: 0}
	fmt.Println(len(i), i[10], i[11], i[-10])
	// a map literal is a fresh map each time
	for j := 0; j < 3; j++ {
		m := map[string]int{"k": j}
		m["k"]++
		fmt.Print(m["k"], " ")
	}
	fmt.Println()

	// make with hints of many sizes: contents are the same whatever the hint
	for _, hint := range []int{0, 1, 7, 8, 9, 13, 14, 100, 1000, 100000} {
		m := make(map[int]int, hint)
		for k := 0; k < 50; k++ {
			m[k] = k * 3
		}
		sum := 0
		for k, v := range m {
			if v != k*3 {
				fmt.Println("bad", k, v)
			}
			sum += v
		}
		fmt.Println(hint, len(m), sum)
	}
	var hint64 int64 = 5
	m2 := make(map[string]string, hint64)
	m2["a"] = "b"
	fmt.Println(m2, len(m2))
	m3 := make(map[float64]bool)
	fmt.Println(len(m3), m3[1.5])
	var hu uint8 = 200
	m4 := make(map[uint8]uint8, hu)
	for k := 0; k < 256; k++ {
		m4[uint8(k)] = uint8(255 - k)
	}
	fmt.Println(len(m4), m4[0], m4[255], m4[100])

	// comma-ok of every form
	v, ok := a["two"]
	fmt.Println(v, ok)
	v, ok = a["nope"]
	fmt.Println(v, ok)
	_, ok = a["three"]
	fmt.Println(ok)
	if x, ok := c[Point{3, 4}]; ok {
		fmt.Println("found", x)
	}
	if _, ok := c[Point{4, 3}]; !ok {
		fmt.Println("not found")
	}
	var okv bool
	var pv *Point
	pv, okv = g["nil"]
	fmt.Println(pv == nil, okv)
	pv, okv = g["zzz"]
	fmt.Println(pv == nil, okv)
	sl, ok := d["y"]
	fmt.Println(sl == nil, ok)

	// maps are references
	r1 := map[string]int{"a": 1}
	r2 := r1
	r2["b"] = 2
	fmt.Println(len(r1), r1["b"])
	modify(r1)
	fmt.Println(r1["fn"], len(r2))
	// overwriting keeps len
	r1["a"] = 100
	r1["a"] = 101
	fmt.Println(len(r1), r1["a"])
	// zero value stored vs absent
	z := map[string]int{"zero": 0}
	zv, zok := z["zero"]
	av, aok := z["absent"]
	fmt.Println(zv, zok, av, aok, len(z))
}

func modify(m map[string]int) {
	m["fn"] = 42
}
