// escape
package main

var gs []int
var gm map[string]int
var gstr string
var gbytes []byte

func sumSlice(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func keepSlice(s []int) {
	gs = s
}

func firstHalf(s []int) []int {
	return s[:len(s)/2]
}

func lookup(m map[string]int, k string) int {
	return m[k]
}

func keepMap(m map[string]int) {
	gm = m
}

func strLen(s string) int {
	return len(s)
}

func keepStr(s string) {
	gstr = s
}

func sub(s string) string {
	return s[1:]
}

func ptrSlice(s []*int) *int {
	return s[0]
}

func keepBytes(b []byte) {
	gbytes = b
}

func main() {
	a := []int{1, 2, 3}
	b := []int{4, 5, 6}
	c := []int{7, 8, 9, 10}
	m := map[string]int{"a": 1}
	m2 := map[string]int{"b": 2}
	keepSlice(b)
	h := firstHalf(c)
	keepMap(m2)
	keepStr("abc")
	x := 5
	ps := []*int{&x}
	keepBytes(make([]byte, 4))
	println(sumSlice(a), len(h), lookup(m, "a"), strLen("xy"), sub("hello"), *ptrSlice(ps))
}
