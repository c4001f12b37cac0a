// run

package main

import "fmt"

func describe(name string, s []int) {
	fmt.Printf("%-6s len=%d cap=%d nil=%v v=%v %d\n", name, len(s), cap(s), s == nil, s, len(fmt.Sprint(s)))
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := make([]int, 0, 4)
	e := a[:]
	f := b[0:0]
	describe("a", a)
	describe("b", b)
	describe("c", c)
	describe("d", d)
	describe("e", e)
	describe("f", f)
	a = append(a, 1)
	describe("a+1", a)
	var g []int
	g = append(g, []int{}...)
	describe("g", g)
	g = append(g, nil...)
	describe("g2", g)
	for i, v := range []int(nil) {
		fmt.Println("never", i, v)
	}
	fmt.Printf("%v %d %q\n", []string(nil), []int(nil), []string{})
	fmt.Printf("%#v %#v\n", []int(nil), []int{})
	var m [][]int
	m = append(m, nil, []int{}, []int{1})
	for _, row := range m {
		fmt.Print(row == nil, len(row), " ")
	}
	fmt.Println()
	var bs []byte
	fmt.Println(string(bs) == "", len(string(bs)))
	h := make([]string, 3)
	fmt.Printf("%q %d\n", h, len(h))
	var ps []*int
	ps = append(ps, nil)
	fmt.Println(len(ps), ps[0] == nil)
	z := make([]float64, 2, 5)
	fmt.Println(z, len(z[:5]), z[:5])
	x := d[:2]
	fmt.Println(x)
}
