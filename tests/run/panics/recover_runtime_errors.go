// run

package main

import "fmt"

// Every runtime error kind is recoverable; the recovered value is an error
// with Go's text.

type shape interface{ area() float64 }

type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }

type node struct{ next *node }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-14s no panic\n", name)
			return
		}
		err, ok := r.(error)
		fmt.Printf("%-14s error=%v\n", name, ok)
		fmt.Printf("%-14s Error(): %s\n", name, err.Error())
		fmt.Printf("%-14s %%v: %v\n", name, r)
		fmt.Printf("%-14s %%q: %q\n", name, r)
		fmt.Println(name, "Println:", r)
		s := fmt.Sprint(r)
		fmt.Println(name, "Sprint equal to Error():", s == err.Error())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [4]int{}
	str := "héllo"
	i, j, k := 5, 1, -1
	var m map[string]int
	var p *node
	var ip *int
	zero := 0
	var x interface{} = "a string"
	var sh interface{} = sq{2}
	var empty interface{}
	var sf func()
	n := -3

	try("index", func() { _ = s[i] })
	try("index-neg", func() { _ = s[k] })
	try("index-array", func() { arr[i] = 1 })
	try("index-string", func() { _ = str[i+1] })
	try("slice-high", func() { _ = s[:i] })
	try("slice-low", func() { _ = s[i:] })
	try("slice-inv", func() { _ = s[2:j] })
	try("slice3", func() { _ = s[0:1:i] })
	try("slice-string", func() { _ = str[i+2:] })
	try("nil-map", func() { m["k"] = 1 })
	try("nil-deref", func() { _ = *ip })
	try("nil-field", func() { _ = p.next })
	try("nil-func", func() { sf() })
	try("div-zero", func() { _ = 10 / zero })
	try("mod-zero", func() { _ = 10 % zero })
	try("assert-type", func() { _ = x.(int) })
	try("assert-iface", func() { _ = sh.(shape).area(); _ = x.(shape) })
	try("assert-nil", func() { _ = empty.(string) })
	try("neg-shift", func() { _ = 1 << n })
	try("makeslice", func() { _ = make([]int, n) })
	try("arr-ptr-conv", func() { _ = (*[5]int)(s) })
	try("ok", func() { _ = s[j] })
	fmt.Println("nil map read is fine:", m["k"])
}
