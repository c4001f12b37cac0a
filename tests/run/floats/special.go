// run

package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	pinf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(pinf, ninf, nan)
	println(pinf, ninf, nan)
	fmt.Println(pinf > math.MaxFloat64, ninf < -math.MaxFloat64, pinf == math.Inf(1))
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0)
	fmt.Println(math.IsNaN(nan), math.IsInf(pinf, 1), math.IsInf(ninf, -1), math.IsInf(ninf, 1))
	fmt.Println(pinf+ninf, pinf*0, pinf-pinf, pinf+1, ninf*-1, pinf/pinf)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, negz == 0, math.Signbit(negz), math.Signbit(zero), 1/negz)
	fmt.Printf("%v %f %.2f %e %g\n", negz, negz, negz, negz, negz)
	fmt.Printf("%v %f %5.1f %e %+v\n", pinf, ninf, nan, pinf, nan)
	fmt.Println(-zero, math.Signbit(-zero))
	x := math.MaxFloat64
	fmt.Println(x, x*2, -x*2, x+1 == x)
	s := math.SmallestNonzeroFloat64
	fmt.Println(s, s/2, s*0.6, s > 0)
	fmt.Println(math.NaN() == math.NaN(), math.Max(1, nan), math.Min(ninf, 3), math.Max(pinf, nan))
	fmt.Println(math.Sqrt(-1), math.Sqrt(pinf), math.Abs(ninf), math.Floor(nan))
	var f32 float32 = 3e38
	f32 *= 10
	fmt.Println(f32, -f32, f32-f32)
	vals := []float64{nan, 1, ninf, -0.0, pinf, 0}
	for _, v := range vals {
		fmt.Print(v < 1, v >= 1, v == v, " ")
	}
	fmt.Println()
	fmt.Println(math.Mod(7, 0), math.Mod(pinf, 2), math.Mod(7, pinf))
}
