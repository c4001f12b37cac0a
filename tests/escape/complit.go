// escape
package main

type T struct {
	a, b int
	p    *int
}

var gT *T
var gS []*T
var gM map[int]*T

func local() int {
	t := &T{a: 1}
	s := []T{{a: 1}, {a: 2}}
	m := map[int]int{1: 2}
	arr := [3]*T{{a: 1}, {a: 2}, nil}
	return t.a + s[1].a + m[1] + arr[0].a
}

func ret() *T {
	return &T{a: 1, b: 2}
}

func retSlice() []T {
	return []T{{a: 3}}
}

func retMap() map[string]int {
	return map[string]int{"x": 1}
}

func nested() {
	x := 5
	gT = &T{p: &x}
	gS = []*T{{a: 1}, &T{a: 2}}
	gM = map[int]*T{1: {a: 3}}
}

func nestedLocal() int {
	v := 1
	s := [][]int{{1, 2}, {3, v}}
	ps := []*[]int{&[]int{4}}
	return s[1][1] + (*ps[0])[0]
}

func main() {
	println(local(), ret().b, len(retSlice()), retMap()["x"], nestedLocal())
	nested()
}
