// run

package main

import (
	"fmt"
	"math"
)

func main() {
	// floating-point division by zero does not panic
	nums := []float64{1, -1, 0, math.Inf(1), math.NaN(), 1e-300}
	var zero float64
	for _, n := range nums {
		q := n / zero
		nq := n / -zero
		fmt.Println(n, "/ 0 =", q, " / -0 =", nq, math.IsInf(q, 0), math.IsNaN(q))
	}
	var z32 float32
	for _, n := range []float32{2, -2, 0} {
		fmt.Println(n/z32, -n/z32)
	}
	// overflow to infinity
	big := 1e308
	fmt.Println(big*10, -big*10, big*10-big*10, big*10*0)
	// underflow to zero
	small := 1e-308
	fmt.Println(small/1e10, small/1e20, small*small, -small*small)
	// modulo by zero is NaN in math.Mod
	fmt.Println(math.Mod(5, zero), math.Remainder(5, zero))
	// integer-valued float division keeps fractions
	a, b := 7.0, 2.0
	fmt.Println(a/b, -a/b, a/-b, math.Trunc(a/b), math.Floor(-a/b))
	// Inf arithmetic
	inf := 1 / zero
	fmt.Println(inf+inf, inf-inf, inf*inf, inf/inf, inf*-1, 1/inf, -1/inf, inf > 1e308)
	fmt.Printf("%v %f %g %e %5.2f|%-6v|%+v\n", inf, -inf, inf, -inf, inf, inf, inf)
	nan := zero / zero
	fmt.Printf("%v %f %g %e %5.2f|%-6v|%+v\n", nan, nan, nan, nan, nan, nan, nan)
	println(inf, -inf, nan)
}
