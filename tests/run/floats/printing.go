// run

package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 3.14159265358979, 2.5, 1e6, 1e-7, 123456.789, -0.000123, 6.02214076e23}
	for _, v := range vals {
		fmt.Printf("%v|%f|%.2f|%e|%g|%8.3f|%-10.1f|%+.3e|%G\n", v, v, v, v, v, v, v, v, v)
	}
	for _, v := range vals {
		println(v)
	}
	var f32 float32 = 1.1
	println(f32, float64(f32))
	fmt.Printf("%.0f %.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5, 3.5)
	fmt.Printf("%.1f %.1f %.1f\n", 0.05, 0.15, 0.25)
	fmt.Printf("%010.4f|%-12.3e|% f|% .2f\n", 3.14159, 1234.5, 2.0, -2.0)
	fmt.Printf("%.3g %.10g %g %g\n", 1234567.0, 1.0/3, 1e100, 1e-100)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Println(fmt.Sprint(1.0, 2.5), fmt.Sprintf("%v", 1e21), fmt.Sprint(float32(0.1)))
}
