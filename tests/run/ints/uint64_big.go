// run

package main

import "fmt"

func main() {
	var max uint64 = 1<<64 - 1
	fmt.Println(max, max/2, max/3, max%10, max>>1, max>>63)
	fmt.Printf("%d %x %X %o %b\n", max, max, max, max, max>>48)
	var h uint64 = 1 << 63
	fmt.Println(h, h-1, h+h, h*2, h/7, h%7)
	// comparisons above 1<<63 must be unsigned
	vals := []uint64{0, 1, 1 << 62, 1<<63 - 1, 1 << 63, 1<<63 + 1, max - 1, max}
	for i, a := range vals {
		for j, b := range vals {
			lt := a < b
			if lt != (i < j) {
				fmt.Println("bad order", a, b)
			}
		}
		fmt.Println(a, a > 1<<63-1, a/1000000007, a%1000000007)
	}
	// digits of max by repeated division
	d := max
	s := ""
	for d > 0 {
		s = string(rune('0'+d%10)) + s
		d /= 10
	}
	fmt.Println(s)
	// multiply with carry via 32-bit halves
	a, b := uint64(0xDEADBEEFCAFEBABE), uint64(0x0123456789ABCDEF)
	lo := a * b
	a0, a1 := a&0xFFFFFFFF, a>>32
	b0, b1 := b&0xFFFFFFFF, b>>32
	w0 := a0 * b0
	t := a1*b0 + w0>>32
	w1 := t & 0xFFFFFFFF
	w2 := t >> 32
	w1 += a0 * b1
	hi := a1*b1 + w2 + w1>>32
	fmt.Printf("%016x%016x\n", hi, lo)
	// uint to float and back near the top
	fmt.Println(float64(max), float64(h), uint64(float64(h)), float32(max))
	// xorshift generator
	x := uint64(88172645463325252)
	for i := 0; i < 10; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		fmt.Println(x, x%100)
	}
}
