// run

package main

import (
	"fmt"
	"math"
)

func main() {
	// functions whose results are exactly specified (correctly rounded or exact)
	xs := []float64{-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.7, -3.7, 1e16 + 1, 0.49999999999999994}
	for _, x := range xs {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x))
	}
	for _, x := range []float64{0, 1, 2, 4, 10, 1e10, 0.25, 2e-300, 1e300} {
		fmt.Println(x, math.Sqrt(x), math.Sqrt(x)*math.Sqrt(x) == x)
	}
	for _, p := range [][2]float64{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {7.5, 2}, {1e20, 3}, {5, 0.3}} {
		fmt.Println(p[0], p[1], math.Mod(p[0], p[1]), math.Remainder(p[0], p[1]))
	}
	for _, x := range []float64{3.75, -3.75, 0, 1e20} {
		i, f := math.Modf(x)
		fr, e := math.Frexp(x)
		fmt.Println(x, i, f, fr, e, math.Ldexp(fr, e))
	}
	fmt.Println(math.Hypot(3, 4), math.Hypot(5, 12), math.Hypot(1e200, 1e200))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -3), math.Pow(10, 15), math.Pow(-2, 3), math.Pow(4, 0.5), math.Pow(0, 0))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Copysign(3, -1), math.Signbit(-3))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64)
	fmt.Println(math.MaxInt8, math.MaxInt16, math.MaxInt32, math.MaxInt64, uint64(math.MaxUint64))
	fmt.Println(math.Float64bits(1), math.Float64bits(-2.5), math.Float32bits(0.1))
	fmt.Println(math.Float64frombits(0x3FF8000000000000), math.Float32frombits(0x40490FDB))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter32(1, 2))
	fmt.Println(math.Cbrt(27), math.Cbrt(-8), math.Cbrt(1000))
	fmt.Println(math.Log2(1024), math.Log2(0.125), math.Log10(1e-5), math.Log10(1000))
	fmt.Println(math.Exp(0), math.Log(1), math.Log(math.E), math.Exp2(10))
	// rounded output of transcendental functions
	for i := 0; i <= 8; i++ {
		a := float64(i) * math.Pi / 8
		fmt.Printf("%d %.6f %.6f %.6f %.6f\n", i, math.Sin(a), math.Cos(a), math.Exp(a), math.Atan2(math.Sin(a), math.Cos(a)))
	}
	fmt.Printf("%.8f %.8f %.8f %.8f\n", math.Pi, math.E, math.Sqrt2, math.Ln2)
}
