// run

package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.5, 2, 0.1, math.Pi, math.Inf(1), math.Inf(-1), math.MaxFloat64, math.SmallestNonzeroFloat64, math.Copysign(0, -1)}
	for _, v := range vals {
		b := math.Float64bits(v)
		fmt.Printf("%-24v %016x sign=%d exp=%4d mant=%013x back=%v\n", v, b, b>>63, int(b>>52&0x7ff), b&(1<<52-1), math.Float64frombits(b) == v)
	}
	f32 := []float32{0, 1, -2, 0.1, 3.4028235e38, 1e-45}
	for _, v := range f32 {
		b := math.Float32bits(v)
		fmt.Printf("%-14v %08x %v\n", v, b, math.Float32frombits(b))
	}
	eps := 1.0
	for 1+eps/2 != 1 {
		eps /= 2
	}
	fmt.Println("eps64:", eps, eps == math.Nextafter(1, 2)-1)
	var e32 float32 = 1
	for float32(1)+e32/2 != 1 {
		e32 /= 2
	}
	fmt.Println("eps32:", e32)
	fmt.Println(math.Nextafter(1, 0), math.Nextafter(0, 1), math.Nextafter32(1, 2))
	nan := math.Float64frombits(0x7ff8000000000001)
	fmt.Println(nan, math.IsNaN(nan))
	fmt.Printf("%x\n", math.Float64bits(float64(float32(0.1))))
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%x %X\n", 1.0, -3.5)
}
