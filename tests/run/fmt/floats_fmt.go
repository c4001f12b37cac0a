// run

package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e7, 1e20, 1e21, 1e-4, 1e-5, 123.456e-10, math.Pi * 1e15, math.MaxFloat64}
	for _, x := range xs {
		fmt.Printf("%v|%g|%.3g|%e|%.0e|%f|%.1f\n", x, x, x, x, x, x, x)
	}
	fs := []float32{0.1, 1.0 / 3, 16777216, 1e10, 3.4e38, 1e-40}
	for _, f := range fs {
		fmt.Printf("%v|%g|%e|%.2f|%v\n", f, f, f, f, float64(f))
	}
	fmt.Printf("%5.1f|%-7.2f|%07.2f|%+.0f|%+.0f\n", 9.96, 1.005, -1.5, 0.5, 1.5)
	fmt.Printf("%#g|%#.3g|%#v|%#v\n", 1.0, 2.0, 1.0, 1e21)
	fmt.Printf("%.20f\n", 0.1)
	fmt.Printf("%.15e\n", 1.0/7)
	fmt.Printf("%08.3f|%-08.3f|% 8.3f\n", -3.14159, 3.14159, 3.14159)
	fmt.Printf("%6.3v|%.10v|%v\n", math.Pi, math.Pi, float32(math.Pi))
	fmt.Println(1e6, 1e20, 1e21, 1e-4, 1e-5, float32(1e20), float32(1e21))
	fmt.Println(100000000.0, 123456789.0, 0.000001, 0.0000001)
}
