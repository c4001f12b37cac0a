// run

package main

import "fmt"

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, a*b, b/a, a-b)
	x := 1.0
	for i := 0; i < 25; i++ {
		fmt.Println(x, -x/7)
		x *= 10
	}
	y := 1.0
	for i := 0; i < 10; i++ {
		y /= 10
		fmt.Print(y, " ")
	}
	fmt.Println()
	fmt.Println(1e20, 1e21, 1e-4, 1e-5, 123456789.0, 1234567890123456789.0)
	fmt.Println(3.0, 2.5, -0.5, 100.0, 1.0/3.0, 2.0/3.0)
	var f float64 = 7
	var g float64 = 2
	fmt.Println(f/g, f*g, f-g*3.5, -f)
	h := 10.0
	h += 0.5
	h *= 2
	h -= 1
	h /= 4
	fmt.Println(h)
	// integer-valued floats
	big := 9007199254740992.0
	fmt.Println(big, big+1, big+2, big+1 == big)
	fmt.Println(1.5e300*1.5e300 > 1e308, 5e-324/2, 5e-324)
}
