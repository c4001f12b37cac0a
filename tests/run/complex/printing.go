// run

package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []complex128{0, 1, -1, 1i, -1i, 1.5 - 2.5i, 1e21 + 1e-7i, complex(math.Inf(1), math.NaN()), complex(-0.0, math.Copysign(0, -1))}
	for _, z := range vals {
		fmt.Println(z)
		fmt.Printf("%v|%g|%.2f|%e|%8.1f|%+.3g\n", z, z, z, z, z, z)
		println(z)
	}
	var c64 complex64 = complex(float32(1)/3, float32(2)/3)
	fmt.Println(c64, complex128(c64))
	fmt.Printf("%v %.3f %T\n", c64, c64, c64)
	fmt.Println(fmt.Sprint(1+2i, 3-4i), fmt.Sprintf("%v", []complex128{1, 2i}))
}
