// run

package main

import (
	"fmt"
	"math"
	"reflect"
	"unsafe"
)

type node struct {
	v    int
	next *node
}

type pt struct{ X, Y int }

type I interface{ M() }

func (p pt) M() {}

func main() {
	eq := reflect.DeepEqual
	fmt.Println(eq(nil, nil), eq(1, nil), eq(nil, 1), eq(1, 1), eq(1, int64(1)))
	fmt.Println(eq([]int{1, 2}, []int{1, 2}), eq([]int{1, 2}, []int{2, 1}), eq([]int{}, []int(nil)))
	fmt.Println(eq([]byte("ab"), []byte("ab")), eq([]byte(nil), []byte{}))
	fmt.Println(eq([2]string{"a", "b"}, [2]string{"a", "b"}), eq([2]string{"a"}, [2]string{"b"}))
	fmt.Println(eq(map[string][]int{"x": {1}}, map[string][]int{"x": {1}}),
		eq(map[string]int{"x": 1}, map[string]int{"y": 1}), eq(map[int]int(nil), map[int]int{}))
	fmt.Println(eq(&pt{1, 2}, &pt{1, 2}), eq(pt{1, 2}, pt{1, 3}), eq((*pt)(nil), (*pt)(nil)))
	var i1, i2 I = pt{1, 1}, pt{1, 1}
	fmt.Println(eq(i1, i2), eq([]I{pt{}, nil}, []I{pt{}, nil}), eq([]I{nil}, []I{pt{}}))
	fmt.Println(eq(math.NaN(), math.NaN()), eq([]float64{0}, []float64{math.Copysign(0, -1)}))
	f := func() {}
	fmt.Println(eq(f, f), eq((func())(nil), (func())(nil)))
	a := &node{v: 1}
	a.next = a
	b := &node{v: 1}
	b.next = b
	fmt.Println(eq(a, b))
	c := &node{v: 1, next: &node{v: 2}}
	c.next.next = c
	fmt.Println(eq(a, c))
	s := []interface{}{1, "x", []int{3}}
	s2 := []interface{}{1, "x", []int{3}}
	fmt.Println(eq(s, s2), eq(complex(1, 2), complex(1, 2)), eq(int8(1), int8(1)))
	ch := make(chan int)
	fmt.Println(eq(ch, ch), eq(ch, make(chan int)))
	str := "hello"
	h := (*reflect.StringHeader)(unsafe.Pointer(&str))
	fmt.Println(h.Len)
	sl := []int{1, 2, 3}
	sh := (*reflect.SliceHeader)(unsafe.Pointer(&sl))
	fmt.Println(sh.Len, sh.Cap)
}
