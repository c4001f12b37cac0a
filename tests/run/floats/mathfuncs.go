// run

package main

import (
	"fmt"
	"math"
)

func main() {
	for i := 0; i <= 8; i++ {
		x := float64(i) * math.Pi / 4
		fmt.Printf("%d sin=%.6f cos=%.6f\n", i, math.Sin(x), math.Cos(x))
	}
	for _, x := range []float64{0.5, 1, 2, math.E, 10, 100} {
		fmt.Printf("x=%g log=%.6f log2=%.6f log10=%.6f exp=%.6f\n", x, math.Log(x), math.Log2(x), math.Log10(x), math.Exp(x/10))
	}
	for n := -3; n <= 10; n++ {
		fmt.Print(math.Pow(2, float64(n)), " ")
	}
	fmt.Println()
	fmt.Println(math.Pow(3, 4), math.Pow(10, 15), math.Pow(-2, 3), math.Pow(4, 0.5), math.Pow(0, 0))
	fmt.Println(math.Hypot(3, 4), math.Hypot(5, 12), math.Cbrt(27), math.Cbrt(-8))
	fmt.Println(math.Abs(-3.5), math.Max(2, 7), math.Min(2, 7), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Printf("%.6f %.6f %.6f\n", math.Atan(1)*4, math.Atan2(1, -1), math.Asin(1))
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(0.0001))
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Printf("%.4f %.4f %.4f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1))
	fmt.Println(math.Trunc(-0.5), math.Floor(-0.5), math.Ceil(-0.5))
	fmt.Println(math.Signbit(math.Trunc(-0.5)), math.Signbit(math.Ceil(-0.5)))
	fmt.Println(math.IsInf(math.Exp(1000), 1), math.Exp(-1000), math.Log(0), math.IsNaN(math.Log(-1)))
}
