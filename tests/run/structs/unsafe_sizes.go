// run

package main

import (
	"fmt"
	"unsafe"
)

type A struct {
	a bool
	b int64
	c bool
}

type B struct {
	b int64
	a bool
	c bool
}

type C struct {
	x int8
	y int16
	z int32
	w int8
}

type D struct {
	s   string
	sl  []int
	i   interface{}
	p   *int
	f   float32
	arr [3]byte
}

type E struct{}

type F struct {
	n int32
	e E
}

type G struct {
	e E
	n int32
}

type H struct {
	c  complex128
	c6 complex64
	u  uint16
}

func main() {
	var a A
	var b B
	var c C
	var d D
	fmt.Println("A", unsafe.Sizeof(a), unsafe.Alignof(a), unsafe.Offsetof(a.a), unsafe.Offsetof(a.b), unsafe.Offsetof(a.c))
	fmt.Println("B", unsafe.Sizeof(b), unsafe.Alignof(b), unsafe.Offsetof(b.b), unsafe.Offsetof(b.a), unsafe.Offsetof(b.c))
	fmt.Println("C", unsafe.Sizeof(c), unsafe.Alignof(c), unsafe.Offsetof(c.x), unsafe.Offsetof(c.y), unsafe.Offsetof(c.z), unsafe.Offsetof(c.w))
	fmt.Println("D", unsafe.Sizeof(d), unsafe.Alignof(d), unsafe.Offsetof(d.sl), unsafe.Offsetof(d.i), unsafe.Offsetof(d.p), unsafe.Offsetof(d.f), unsafe.Offsetof(d.arr))
	fmt.Println("E", unsafe.Sizeof(E{}), unsafe.Alignof(E{}))
	fmt.Println("F", unsafe.Sizeof(F{}), "G", unsafe.Sizeof(G{}))
	var h H
	fmt.Println("H", unsafe.Sizeof(h), unsafe.Alignof(h), unsafe.Offsetof(h.c6), unsafe.Offsetof(h.u))
	var (
		i8   int8
		i16  int16
		i32  int32
		i64  int64
		in   int
		up   uintptr
		f32  float32
		f64  float64
		c64  complex64
		c128 complex128
		s    string
		sl   []string
		ifc  interface{}
		ptr  *A
		arr  [7]int16
		r    rune
		by   byte
		bo   bool
		fn   func()
	)
	fmt.Println(unsafe.Sizeof(i8), unsafe.Sizeof(i16), unsafe.Sizeof(i32), unsafe.Sizeof(i64), unsafe.Sizeof(in), unsafe.Sizeof(up))
	fmt.Println(unsafe.Sizeof(f32), unsafe.Sizeof(f64), unsafe.Sizeof(c64), unsafe.Sizeof(c128))
	fmt.Println(unsafe.Sizeof(s), unsafe.Sizeof(sl), unsafe.Sizeof(ifc), unsafe.Sizeof(ptr), unsafe.Sizeof(arr), unsafe.Sizeof(fn))
	fmt.Println(unsafe.Sizeof(r), unsafe.Sizeof(by), unsafe.Sizeof(bo))
	fmt.Println(unsafe.Alignof(i8), unsafe.Alignof(i16), unsafe.Alignof(c64), unsafe.Alignof(c128), unsafe.Alignof(arr), unsafe.Alignof(s))
	const sz = unsafe.Sizeof(A{})
	var buf [sz]byte
	fmt.Println(len(buf), sz*2)
	fmt.Printf("%T %T\n", unsafe.Sizeof(a), sz)
	var arrA [4]A
	fmt.Println(unsafe.Sizeof(arrA), unsafe.Sizeof([4]B{}), unsafe.Sizeof([0]int64{}), unsafe.Sizeof([3]C{}))
}
