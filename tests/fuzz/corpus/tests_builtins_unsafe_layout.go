// compile

package main

import "unsafe"

type Padded struct {
	a bool
	b int64
	c uint16
}

type Packed struct {
	b int64
	c uint16
	a bool
}

type Inner struct {
	x byte
	y int32
}

type Outer struct {
	tag  byte
	Inner
	tail [3]uint16
}

type TrailingZero struct {
	a int32
	z struct{}
}

type Mixed struct {
	s  string
	sl []int
	i  interface{}
	c  complex64
	p  *int
	m  map[int]int
	f  func()
}

const (
	sizePadded = unsafe.Sizeof(Padded{})
	sizePacked = unsafe.Sizeof(Packed{})
	alignOuter = unsafe.Alignof(Outer{})
	offY       = unsafe.Offsetof(Outer{}.y)
	offInnerY  = unsafe.Offsetof(Outer{}.Inner.y)
	offTail    = unsafe.Offsetof(Outer{}.tail)
	sizeTZ     = unsafe.Sizeof(TrailingZero{})
	sizeMixed  = unsafe.Sizeof(Mixed{})
)

// Each array has length 1 exactly when the layout agrees with gc on amd64.
var (
	_ [1]int = [sizePadded - 23]int{}
	_ [1]int = [sizePacked - 15]int{}
	_ [1]int = [alignOuter - 3]int{}
	_ [1]int = [offY - 7]int{}
	_ [1]int = [offInnerY - 3]int{}
	_ [1]int = [offTail - 11]int{}
	_ [1]int = [sizeTZ - 7]int{}
	_ [1]int = [sizeMixed - 87]int{}
)

func main() {
	var p Padded
	var o Outer
	po := &o
	var arr [unsafe.Sizeof(p)]byte
	var arr2 [unsafe.Alignof(p.c) + unsafe.Offsetof(po.tail)]byte
	var u uintptr = unsafe.Sizeof(1) + unsafe.Sizeof("s") + unsafe.Sizeof(1.5) + unsafe.Sizeof('r')
	var x int = int(unsafe.Sizeof(arr)) + len(arr2)
	ptr := unsafe.Pointer(&arr[0])
	next := unsafe.Add(ptr, 1)
	back := unsafe.Add(next, -1)
	var k uint8 = 2
	_ = unsafe.Add(ptr, k)
	bs := unsafe.Slice(&arr[0], len(arr))
	ints := unsafe.Slice((*int)(nil), 0)
	_, _, _, _, _ = u, x, back, bs, ints
}
