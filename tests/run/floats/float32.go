// run

package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, float64(a), float64(a+b))
	var sum32 float32
	var sum64 float64
	for i := 0; i < 1000; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	fmt.Println(sum32, sum64)
	var big float32 = 16777216
	fmt.Println(big, big+1, big+2, big+1 == big)
	f := float32(1)
	for i := 0; i < 12; i++ {
		f /= 3
		fmt.Println(f, float64(f))
	}
	g := float32(1)
	for i := 0; i < 10; i++ {
		g *= 17.5
		fmt.Print(g, " ")
	}
	fmt.Println()
	x := 1.0 / 3.0
	fmt.Println(float32(x), float64(float32(x)), x)
	fmt.Printf("%v %g %f %.10f %e\n", float32(x), float32(x), float32(x), float32(x), float32(x))
	println(float32(x), float32(2.5), float32(-1e10))
	vals := []float32{3.4e38, 1.4e-45, 1e-40, 65504, 0.3}
	for _, v := range vals {
		fmt.Println(v, float64(v), v*2, v/3)
	}
	var h float32 = 1e20
	fmt.Println(h*h, -h*h, h*h-h*h)
}
