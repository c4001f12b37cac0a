// run

package main

import (
	"fmt"
	"math"
)

func main() {
	zero := complex128(0)
	one := complex(1, 1)
	fmt.Println(one/zero, complex(1, 0)/zero, zero/zero)
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(complex(inf, 0), complex(0, -inf), complex(nan, 1), complex(-0.0*-1, math.Copysign(0, -1)))
	a := complex(inf, 1)
	fmt.Println(a*2, a*1i, a+a, a-a)
	n := complex(nan, nan)
	fmt.Println(n == n, n != n)
	big := complex(1e308, 1e308)
	fmt.Println(big*2, complex(1e-320, 0)/complex(1e10, 0))
	fmt.Printf("%v %.1f %e\n", complex(inf, nan), complex(-inf, 2), complex(nan, -inf))
	println(complex(inf, nan), zero/zero)
	// division near zero denominators
	d := []complex128{1e-300 + 1e-300i, 1e300 + 1e300i, 3 + 0i, 0 + 3i}
	for _, v := range d {
		fmt.Println(v, (1+2i)/v, v/(1+2i))
	}
	var c64 complex64 = complex(3.4e38, 3.4e38)
	fmt.Println(c64*2, c64/2)
}
