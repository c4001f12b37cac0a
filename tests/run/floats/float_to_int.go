// run

package main

import "fmt"

func main() {
	// conversion truncates toward zero (out-of-range results are
	// implementation-defined, so every conversion here is in range)
	vals := []float64{0, 0.4, 0.5, 0.9999, 1, 1.5, 2.5, 99.99, -0.4, -0.5, -0.9999, -1, -1.5, -2.5, -99.99,
		1e9 + 0.5, -1e9 - 0.5, 4503599627370495.5, 9007199254740993, -9007199254740993}
	for _, v := range vals {
		fmt.Println(v, int(v), int64(v), int32(int64(v)), int(float32(v)))
	}
	// in-range conversions to narrower sizes
	for _, v := range []float64{127.9, -128.9, 255.9, 32767.5, -32768.5, 65535.9} {
		fmt.Println(v, int8(int(v)), int16(int32(v)), int32(v))
	}
	for _, v := range []float64{0.9, 200.7, 255.99, 65535.5, 4294967295.5} {
		fmt.Println(v, uint64(v), uint32(v))
	}
	f1, f2, f3 := 255.9, -128.9, 65535.9
	fmt.Println(uint8(f1), int8(f2), uint16(f3))
	// float32 sources
	for _, f := range []float32{3.99, -3.99, 16777217, 1e10, -2147483648} {
		fmt.Println(f, int64(f), int(f))
	}
	// rounding idioms built on truncation
	round := func(x float64) int {
		if x < 0 {
			return int(x - 0.5)
		}
		return int(x + 0.5)
	}
	for _, v := range []float64{2.4, 2.5, 2.6, -2.4, -2.5, -2.6} {
		fmt.Print(round(v), " ")
	}
	fmt.Println()
	// int to float and back
	for _, n := range []int64{1<<53 - 1, 1 << 53, 1<<53 + 1, 1<<53 + 3, -(1<<53 + 1), 1<<62 + 1} {
		f := float64(n)
		g := float32(n)
		fmt.Println(n, f, int64(f), g, int64(g))
	}
	// averaging with integers vs floats
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i * i
	}
	fmt.Println(sum/10, float64(sum)/10, int(float64(sum)/10))
}
