// run

package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	nz := -zero // a variable negated at run time is -0
	fmt.Println(nz, zero, nz == zero)
	fmt.Printf("%v %g %f %.3f %e %+v %8.2f|\n", nz, nz, nz, nz, nz, nz, nz)
	println(nz)
	// a constant -0.0 is exact zero, so this is +0
	c := -0.0
	fmt.Println(c, math.Signbit(c), math.Signbit(nz))
	// ways to make -0
	vals := []float64{
		-1 * zero,
		zero * -5,
		1 / math.Inf(-1),
		math.Copysign(0, -1),
		-1e-200 * 1e-200,
		math.Trunc(-0.5),
		math.Ceil(-0.5),
		math.Round(-0.4),
		nz + nz,
		nz - zero,
		nz * nz,
		zero - zero,
		nz + zero,
	}
	for i, v := range vals {
		fmt.Println(i, v, math.Signbit(v), 1/v)
	}
	var f32 float32 = float32(nz)
	fmt.Println(f32, math.Signbit(float64(f32)), -float32(0.0*zero))
	fmt.Printf("%v %.1f\n", f32, f32)
	// -0 converts to integer 0
	fmt.Println(int(nz), int64(nz), uint8(-zero))
	// -0 in complex
	cz := complex(nz, nz)
	fmt.Println(cz, real(cz), imag(cz))
	fmt.Printf("%v %.1f\n", cz, cz)
	// sorting-ish: -0 and +0 compare equal
	fmt.Println(nz < zero, nz > zero, nz <= zero, math.Max(nz, zero), math.Min(nz, zero))
}
