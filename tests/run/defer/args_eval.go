// run

package main

import "fmt"

// Arguments of a deferred call are evaluated when the defer statement runs,
// in order, and the call itself happens at function exit.

var trace []string

func note(s string, v int) int {
	trace = append(trace, fmt.Sprintf("%s=%d", s, v))
	return v
}

func show(tag string, a, b int) {
	fmt.Println("deferred", tag, a, b)
}

func showSlice(tag string, s []int, arr [3]int, m map[string]int) {
	fmt.Println("deferred", tag, s, arr, m["k"])
}

func showVariadic(tag string, xs ...int) {
	fmt.Println("deferred", tag, len(xs), xs)
}

func basic() {
	x, y := 1, 2
	defer show("basic", x, y)
	x, y = 10, 20
	defer show("basic-later", x, y)
	x = 100
	fmt.Println("basic body", x, y)
}

func order() {
	defer show("order", note("a", 1), note("b", 2))
	fmt.Println("after defer statement:", trace)
	trace = append(trace, "body")
}

func aliasing() {
	s := []int{1, 2, 3}
	arr := [3]int{1, 2, 3}
	m := map[string]int{"k": 1}
	defer showSlice("alias", s, arr, m)
	// the slice header and map are copied, but they share storage;
	// the array is copied by value
	s[0] = 99
	arr[0] = 99
	m["k"] = 99
	s = append(s, 4)
}

func variadic() {
	xs := []int{1, 2}
	defer showVariadic("spread", xs...)
	defer showVariadic("list", xs[0], xs[1], len(xs))
	defer showVariadic("none")
	xs[1] = 50
}

func funcValue() {
	f := func() { fmt.Println("deferred first func") }
	defer f()
	f = func() { fmt.Println("deferred second func") }
	fmt.Println("funcValue body")
}

type pair struct{ a, b int }

func showPair(p pair, pp *pair) {
	fmt.Println("deferred pair", p, *pp)
}

func structs() {
	p := pair{1, 2}
	defer showPair(p, &p)
	p.a = 7
	p.b = 8
}

func computed(n int) (r int) {
	defer show("computed", n*2, r)
	r = n + 1
	return r * 3
}

func main() {
	basic()
	order()
	fmt.Println("trace:", trace)
	aliasing()
	variadic()
	funcValue()
	structs()
	fmt.Println("computed:", computed(4))
}
