// run

package main

import (
	"fmt"
	"math"
)

const (
	I     = 1i
	Two   = 2 + 0i
	Mixed = 3 + 4i
	Prod  = Mixed * Mixed
	Quot  = Mixed / (1 - 2i)
	R     = real(Mixed)
	Im    = imag(Prod)
)

func main() {
	fmt.Println(I, Two, Mixed, Prod, Quot)
	fmt.Println(R, Im, I*I, I*I == -1)
	var f float64 = R
	var n int = Im
	fmt.Println(f, n)
	var c64 complex64 = Prod
	fmt.Println(c64)
	// roots of unity
	for k := 0; k < 8; k++ {
		t := 2 * math.Pi * float64(k) / 8
		z := complex(math.Cos(t), math.Sin(t))
		z8 := z * z * z * z * z * z * z * z
		fmt.Printf("%d %.4f %.6f %v\n", k, z, real(z8), math.Abs(imag(z8)) < 1e-12)
	}
	// multiplying by i rotates
	z := complex(2, 1)
	for i := 0; i < 5; i++ {
		fmt.Print(z, " ")
		z *= I
	}
	fmt.Println()
	// quadratic roots via complex arithmetic
	quad := func(a, b, c float64) (complex128, complex128) {
		d := b*b - 4*a*c
		var sd complex128
		if d >= 0 {
			sd = complex(math.Sqrt(d), 0)
		} else {
			sd = complex(0, math.Sqrt(-d))
		}
		return (complex(-b, 0) + sd) / complex(2*a, 0), (complex(-b, 0) - sd) / complex(2*a, 0)
	}
	for _, q := range [][3]float64{{1, -3, 2}, {1, 2, 5}, {1, 0, 1}, {2, 4, 2}} {
		r1, r2 := quad(q[0], q[1], q[2])
		fmt.Println(q, r1, r2)
	}
	fmt.Printf("%T %T\n", I, Mixed*2.5)
}
