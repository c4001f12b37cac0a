// run

package main

import (
	"fmt"
	"math"
)

func abs(z complex128) float64 {
	return math.Hypot(real(z), imag(z))
}

func conj(z complex128) complex128 {
	return complex(real(z), -imag(z))
}

func main() {
	for _, z := range []complex128{3 + 4i, -5, 2i, -1 - 1i, complex(0.1, 0.2)} {
		fmt.Println(z, real(z), imag(z), abs(z), conj(z), z*conj(z))
	}
	var f32a, f32b float32 = 1.5, -2.25
	c := complex(f32a, f32b)
	fmt.Printf("%T %v %T %v\n", c, c, real(c), imag(c))
	var f64a = 1.0 / 3
	d := complex(f64a, f64a*2)
	fmt.Printf("%T %v %v\n", d, d, complex64(d))
	// conversions between sizes round the parts
	e := complex128(complex64(d))
	fmt.Println(e, e == d)
	// building from polar coordinates (printed rounded)
	for k := 0; k < 8; k++ {
		th := float64(k) * math.Pi / 4
		w := complex(math.Cos(th), math.Sin(th))
		fmt.Printf("%d (%.4f%+.4fi) |w|=%.6f\n", k, real(w), imag(w), abs(w))
	}
	// roots of a quadratic with negative discriminant
	a, b, cc := 1.0, 2.0, 5.0
	disc := b*b - 4*a*cc
	root := complex(0, math.Sqrt(-disc))
	r1 := (complex(-b, 0) + root) / complex(2*a, 0)
	r2 := (complex(-b, 0) - root) / complex(2*a, 0)
	fmt.Println(r1, r2, r1*r2, r1+r2)
	// complex zero values and comparisons
	var zero complex128
	fmt.Println(zero, zero == 0, real(zero) == 0)
}
