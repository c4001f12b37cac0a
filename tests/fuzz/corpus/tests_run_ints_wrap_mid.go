// run

package main

import "fmt"

func main() {
	var a int16 = 32767
	a++
	fmt.Println("int16 max+1:", a)
	var b uint16 = 0
	b--
	fmt.Println("uint16 0-1:", b)
	var c int32 = 2147483647
	c++
	fmt.Println("int32 max+1:", c)
	var d uint32 = 4294967295
	d++
	fmt.Println("uint32 max+1:", d)
	var e int32 = 65536
	e *= 65536
	fmt.Println("int32 65536*65536:", e)
	var f int32 = 46341
	f *= 46341
	fmt.Println("int32 46341^2:", f)
	var g uint16 = 300
	g *= 300
	fmt.Println("uint16 300*300:", g)
	var h int16 = -32768
	fmt.Println("int16 -min:", -h, "min/-1:", h/-1, "min%-1:", h%-1)
	var i int32 = -2147483648
	fmt.Println("int32 -min:", -i, "min/-1:", i/-1)
	// LCG in uint32
	var seed uint32 = 12345
	for k := 0; k < 10; k++ {
		seed = seed*1103515245 + 12345
		fmt.Print(seed%1000, " ")
	}
	fmt.Println()
	// LCG in int32 (signed wraparound)
	var s32 int32 = 1
	for k := 0; k < 10; k++ {
		s32 = s32*1664525 + 1013904223
		fmt.Print(s32, " ")
	}
	fmt.Println()
	// uint16 fibonacci wraps
	var x, y uint16 = 0, 1
	for k := 0; k < 30; k++ {
		x, y = y, x+y
	}
	fmt.Println("fib30 mod 65536:", x)
	var p, q int16 = 0, 1
	for k := 0; k < 30; k++ {
		p, q = q, p+q
	}
	fmt.Println("fib30 int16:", p)
	fmt.Println(^uint16(0), ^int16(0), ^uint32(0), ^int32(0))
	one := int32(1)
	fmt.Println(uint32(1)<<31, one<<30*2, uint16(1)<<15)
	for k := 0; k < 8; k++ {
		v := int16(k*5000) * 7
		w := uint16(k*5000) * 7
		fmt.Println(k, v, w, int32(v)*int32(v), uint32(w)*uint32(w)*uint32(w))
	}
}
