// run

package main

import (
	"fmt"
	"math"
)

func newtonSqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 50; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	for _, x := range []float64{2, 3, 10, 100, 1e10, 0.25} {
		fmt.Printf("%g %.15f %.15f %v\n", x, newtonSqrt(x), math.Sqrt(x), newtonSqrt(x) == math.Sqrt(x))
	}
	// Leibniz pi
	pi := 0.0
	sign := 1.0
	for k := 0; k < 1000000; k++ {
		pi += sign / float64(2*k+1)
		sign = -sign
	}
	fmt.Printf("leibniz %.10f err %.3e\n", 4*pi, math.Abs(4*pi-math.Pi))
	// naive vs Kahan summation
	naive, sum, c := 0.0, 0.0, 0.0
	for i := 0; i < 100000; i++ {
		x := 0.1
		naive += x
		y := x - c
		t := sum + y
		c = (t - sum) - y
		sum = t
	}
	fmt.Println(naive, sum)
	// harmonic numbers
	h := 0.0
	for n := 1; n <= 20; n++ {
		h += 1 / float64(n)
		if n%4 == 0 {
			fmt.Printf("H(%d) = %.12f\n", n, h)
		}
	}
	// trapezoid integration of x^2 over [0,1]
	n := 1000
	s := 0.0
	for i := 0; i <= n; i++ {
		x := float64(i) / float64(n)
		w := 1.0
		if i == 0 || i == n {
			w = 0.5
		}
		s += w * x * x
	}
	fmt.Printf("integral %.9f\n", s/float64(n))
	// e by series
	e, term := 1.0, 1.0
	for k := 1; k < 20; k++ {
		term /= float64(k)
		e += term
	}
	fmt.Println(e, e == math.E)
	// golden ratio by continued fraction
	g := 1.0
	for i := 0; i < 40; i++ {
		g = 1 + 1/g
	}
	fmt.Println(g, (1+math.Sqrt(5))/2)
	// bisection for root of x^3 - x - 2
	lo, hi := 1.0, 2.0
	for i := 0; i < 60; i++ {
		mid := (lo + hi) / 2
		if mid*mid*mid-mid-2 > 0 {
			hi = mid
		} else {
			lo = mid
		}
	}
	fmt.Printf("root %.12f\n", lo)
}
