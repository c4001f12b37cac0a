// escape
package main

var gps []*int

func appendInts(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s)
}

func appendPtrs() int {
	x, y := 1, 2
	var s []*int
	s = append(s, &x, &y)
	return *s[1]
}

func appendPtrsGlobal() {
	z := 3
	gps = append(gps, &z)
}

func appendSlice(a, b []int) []int {
	return append(a, b...)
}

func appendLocalLit() int {
	s := []int{1, 2}
	s = append(s, 3)
	return len(s)
}

func copyInts(dst, src []int) int {
	return copy(dst, src)
}

func copyPtrs(dst, src []*int) int {
	return copy(dst, src)
}

func copyStr(b []byte, s string) int {
	return copy(b, s)
}

func appendStr(b []byte, s string) []byte {
	return append(b, s...)
}

func main() {
	a := []int{1}
	b := []int{2, 3}
	c := appendSlice(a, b)
	d := make([]int, 3)
	w := 4
	p := []*int{&w}
	q := make([]*int, 1)
	buf := make([]byte, 8)
	println(appendInts(5), appendPtrs(), len(c), copyInts(d, b), copyPtrs(q, p), copyStr(buf, "hi"), appendLocalLit())
	appendPtrsGlobal()
	println(len(appendStr(nil, "xyz")))
}
