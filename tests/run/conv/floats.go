// run

package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{0, 0.9, -0.9, 1.5, -1.5, 2.5, 1e9, -1e9, 1234567.891, 2147483647.9, -2147483648.9, 9.2e18}
	for _, f := range fs {
		fmt.Println(f, int64(f), int32(f/1e10), int(f))
	}
	// int to float rounding
	ints := []int64{1<<53 - 1, 1 << 53, 1<<53 + 1, 1<<53 + 2, 1<<53 + 3, math.MaxInt64, math.MinInt64, 123456789012345678}
	for _, i := range ints {
		f := float64(i)
		fmt.Println(i, f, float32(i))
	}
	fmt.Println(float64(uint64(math.MaxUint64)), float32(uint32(math.MaxUint32)))
	var u uint64 = 1<<63 + 1<<11 + 1
	fmt.Println(u, float64(u), uint64(float64(u)))
	// float32 <-> float64
	f64s := []float64{0.1, 1.0 / 3, 16777217, 3.4028235e38, 1e-45, 1e-46, 123.456}
	for _, f := range f64s {
		g := float32(f)
		fmt.Println(f, g, float64(g), float64(g) == f)
	}
	// float to uint for in-range positive values
	v1, v2, v3, v4 := 200.7, 65535.0, 4e9, 1.8e19
	fmt.Println(uint8(v1), uint16(v2), uint32(v3), uint64(v4))
	var big float64 = 1.8e19
	fmt.Println(uint64(big))
	// conversions in expressions
	a, b := 7, 2
	fmt.Println(a/b, float64(a)/float64(b), float64(a/b), int(float64(a)/float64(b)+0.5))
	pct := 100 * float64(3) / float64(7)
	fmt.Printf("%.2f%% %d%%\n", pct, int(pct))
	fmt.Println(int(math.Round(-2.5)), int(math.Floor(-2.5)), int(-2.5*1.0*float64(len(fs))/float64(len(fs))))
	var h float64 = -2.5
	fmt.Println(int(h), int64(h*-1))
}
