// run

package main

import "fmt"

func main() {
	var a, b uint64 = 0, 1
	for i := 0; i <= 93; i++ {
		fmt.Printf("F(%d) = %d\n", i, a)
		a, b = b, a+b
	}
	// the next one overflows uint64
	fmt.Println("F(94) mod 2^64 =", a)
	// fast doubling with uint64 modular arithmetic
	const mod = 1000000007
	var fibmod func(n uint64) (uint64, uint64)
	fibmod = func(n uint64) (uint64, uint64) {
		if n == 0 {
			return 0, 1
		}
		f, g := fibmod(n / 2)
		c := f * ((2*g + mod - f) % mod) % mod
		d := (f*f + g*g) % mod
		if n%2 == 0 {
			return c, d
		}
		return d, (c + d) % mod
	}
	for _, n := range []uint64{10, 50, 90, 1000, 1000000, 1 << 40, 1<<63 + 5} {
		f, _ := fibmod(n)
		fmt.Println("F(", n, ") mod 1e9+7 =", f)
	}
	// Pisano period of 10
	x, y := 0, 1
	period := 0
	for {
		x, y = y, (x+y)%10
		period++
		if x == 0 && y == 1 {
			break
		}
	}
	fmt.Println("Pisano period mod 10:", period)
}
