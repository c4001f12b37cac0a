// run

package main

import "fmt"

func main() {
	// accumulate 0.1 in both widths and show the drift at checkpoints
	var s32 float32
	var s64 float64
	for i := 1; i <= 100000; i++ {
		s32 += 0.1
		s64 += 0.1
		if i == 10 || i == 100 || i == 1000 || i == 10000 || i == 100000 {
			fmt.Println(i, s32, s64, float64(s32)-s64)
		}
	}
	// each operation rounds to float32: these differ from the float64 chain
	a, b, c := float32(1.1), float32(2.2), float32(3.3)
	x, y, z := 1.1, 2.2, 3.3
	fmt.Println(a+b+c, x+y+z, float32(x+y+z))
	fmt.Println(a*b*c, x*y*z, float32(x*y*z))
	fmt.Println((a+b)+c == a+(b+c), (a*b)*c == a*(b*c))
	fmt.Println(a/c, b/c*c, a-b+c)
	// harmonic series
	var h32 float32
	var h64 float64
	for i := 1; i <= 5000; i++ {
		h32 += 1 / float32(i)
		h64 += 1 / float64(i)
	}
	fmt.Println(h32, h64)
	// catastrophic cancellation
	big32 := float32(1e8)
	fmt.Println(big32+1-big32, float64(big32)+1-float64(big32))
	u := float32(16777216)
	fmt.Println(u+1, u+2, u+3, u+1+1, u+(1+1))
	// square root by Newton iteration in float32 vs float64
	r32, r64 := float32(1), 1.0
	for i := 0; i < 8; i++ {
		r32 = (r32 + 2/r32) / 2
		r64 = (r64 + 2/r64) / 2
		fmt.Println(i, r32, r64)
	}
	// compound operators on float32
	f := float32(0.3)
	f *= 3
	fmt.Println(f, f == 0.9, float32(0.9))
	f -= 0.9
	fmt.Println(f)
	f /= 7
	fmt.Println(f)
	// float32 printing keeps the shortest float32 representation
	for _, v := range []float32{1.0 / 3, 2.0 / 3, 0.1, 1e-10, 123456789, 3.4e38, 1.4e-45} {
		fmt.Println(v, float64(v))
	}
}
