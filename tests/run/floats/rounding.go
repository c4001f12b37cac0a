// run

package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{-2.5, -2.4, -1.5, -0.5, -0.2, 0, 0.2, 0.5, 1.5, 2.5, 2.6, 3.5, 1e15 + 0.5}
	for _, v := range vals {
		fmt.Println(v, math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v), math.RoundToEven(v), int64(v))
	}
	for _, p := range [][2]float64{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {7.5, 2}, {-7.5, 2}, {1, 0.1}} {
		fmt.Println(p[0], p[1], math.Mod(p[0], p[1]), math.Remainder(p[0], p[1]))
	}
	// float to int conversions truncate toward zero
	for _, v := range []float64{3.99, -3.99, 0.999999, -0.999999, 1e9 + 0.7, 255.9} {
		fmt.Println(int(v), int32(v), int64(v), uint64(math.Abs(v)))
	}
	f1, f2, f3, f4, f5 := 255.9, -127.9, 65535.5, -32768.9, 4294967295.5
	fmt.Println(uint8(f1), int8(f2), uint16(f3), int16(f4), uint32(f5))
	frac, whole := math.Modf(3.75)
	fmt.Println(frac, whole)
	frac, whole = math.Modf(-3.75)
	fmt.Println(frac, whole)
	m, e := math.Frexp(48)
	fmt.Println(m, e, math.Ldexp(m, e), math.Ldexp(1, -3), math.Ldexp(3, 10))
	// rounding to n decimals
	round := func(x float64, n int) float64 {
		p := math.Pow(10, float64(n))
		return math.Round(x*p) / p
	}
	for n := 0; n < 6; n++ {
		fmt.Print(round(math.Pi, n), " ")
	}
	fmt.Println()
}
