// run

package main

import (
	"fmt"
	"math/bits"
	"runtime"
)

var v64 = []uint64{0, 1, 2, 3, 7, 8, 0x80, 0xff, 0x100, 0x1234, 0xffff, 0x10000, 0x12345678,
	0x80000000, 0xffffffff, 0x100000000, 0x123456789abcdef0, 0x7fffffffffffffff,
	0x8000000000000000, 0xfedcba9876543210, 0xffffffffffffffff}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: panic %v (runtime.Error %v)\n", name, r, isRT)
	}()
	f()
}

func main() {
	fmt.Println(bits.UintSize)
	for _, x := range v64 {
		x8, x16, x32 := uint8(x), uint16(x), uint32(x)
		fmt.Println("x", x)
		fmt.Println(" LZ", bits.LeadingZeros(uint(x)), bits.LeadingZeros8(x8), bits.LeadingZeros16(x16), bits.LeadingZeros32(x32), bits.LeadingZeros64(x))
		fmt.Println(" TZ", bits.TrailingZeros(uint(x)), bits.TrailingZeros8(x8), bits.TrailingZeros16(x16), bits.TrailingZeros32(x32), bits.TrailingZeros64(x))
		fmt.Println(" Ones", bits.OnesCount(uint(x)), bits.OnesCount8(x8), bits.OnesCount16(x16), bits.OnesCount32(x32), bits.OnesCount64(x))
		fmt.Println(" Len", bits.Len(uint(x)), bits.Len8(x8), bits.Len16(x16), bits.Len32(x32), bits.Len64(x))
		fmt.Printf(" Rev %x %x %x %x %x\n", bits.Reverse(uint(x)), bits.Reverse8(x8), bits.Reverse16(x16), bits.Reverse32(x32), bits.Reverse64(x))
		fmt.Printf(" RevBytes %x %x %x %x\n", bits.ReverseBytes(uint(x)), bits.ReverseBytes16(x16), bits.ReverseBytes32(x32), bits.ReverseBytes64(x))
		for _, k := range []int{-65, -9, -1, 0, 1, 3, 8, 13, 31, 64, 100} {
			fmt.Printf(" Rot%d %x %x %x %x %x\n", k, bits.RotateLeft(uint(x), k), bits.RotateLeft8(x8, k), bits.RotateLeft16(x16, k), bits.RotateLeft32(x32, k), bits.RotateLeft64(x, k))
		}
	}
	for i, x := range v64 {
		y := v64[(i*7+3)%len(v64)]
		for _, c := range []uint64{0, 1} {
			s, co := bits.Add64(x, y, c)
			d, bo := bits.Sub64(x, y, c)
			s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
			d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
			su, cu := bits.Add(uint(x), uint(y), uint(c))
			du, bu := bits.Sub(uint(x), uint(y), uint(c))
			fmt.Println("addsub", x, y, c, s, co, d, bo, s32, co32, d32, bo32, su, cu, du, bu)
		}
		hi, lo := bits.Mul64(x, y)
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		hu, lu := bits.Mul(uint(x), uint(y))
		fmt.Println("mul", x, y, hi, lo, h32, l32, hu, lu)
		if y != 0 {
			h := hi % y
			q, r := bits.Div64(h, lo, y)
			fmt.Println("div64", h, lo, y, q, r, bits.Rem64(hi, lo, y))
			qu, ru := bits.Div(uint(h), uint(lo), uint(y))
			fmt.Println("div", qu, ru, bits.Rem(uint(hi), uint(lo), uint(y)))
		}
		if uint32(y) != 0 {
			h := h32 % uint32(y)
			q, r := bits.Div32(h, l32, uint32(y))
			fmt.Println("div32", h, l32, uint32(y), q, r, bits.Rem32(h32, l32, uint32(y)))
		}
	}
	try("Div64 0", func() { bits.Div64(1, 2, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 2, 5) })
	try("Div32 0", func() { bits.Div32(0, 2, 0) })
	try("Div32 overflow", func() { bits.Div32(7, 2, 3) })
	try("Div 0", func() { bits.Div(0, 2, 0) })
	try("Div overflow", func() { bits.Div(9, 2, 9) })
	try("Rem64 0", func() { bits.Rem64(1, 2, 0) })
	try("Rem32 0", func() { bits.Rem32(1, 2, 0) })
	try("Rem 0", func() { bits.Rem(1, 2, 0) })
	fmt.Println(bits.Rem64(5, 2, 5), bits.Rem32(7, 2, 3))
}
