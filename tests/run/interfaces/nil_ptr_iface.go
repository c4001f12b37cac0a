// run

package main

import "fmt"

type T struct{ v int }

func (t *T) Get() int {
	if t == nil {
		return -1
	}
	return t.v
}

type Getter interface{ Get() int }

func find(ok bool) *T {
	if ok {
		return &T{1}
	}
	return nil
}

func asGetter(ok bool) Getter { return find(ok) }

func main() {
	var p *T = nil
	var i interface{} = p
	fmt.Println(i == p, p == nil, i == nil)
	var g Getter = p
	fmt.Println(g == nil, g != nil, g.Get())
	g = nil
	fmt.Println(g == nil)
	fmt.Println(asGetter(false) == nil, asGetter(true) == nil, asGetter(false).Get())
	var e interface{} = (*T)(nil)
	fmt.Printf("%v %T %v\n", e, e, e == (*T)(nil))
	if t, ok := e.(*T); ok {
		fmt.Println("holds a *T", t == nil)
	}
	var ie interface{} = g
	fmt.Println(ie == nil)
	ie = Getter(p)
	fmt.Println(ie == nil, ie.(Getter).Get())
	var s []int
	var m map[int]int
	var f func()
	var c chan int
	for _, v := range []interface{}{s, m, f, c, p, nil} {
		fmt.Print(v == nil, " ")
	}
	fmt.Println()
}
