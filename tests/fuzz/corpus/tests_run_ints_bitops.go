// run

package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func main() {
	a, b := 0b1100_1010, 0xA5
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a)
	fmt.Printf("%b %b %b %b\n", a&b, a|b, a^b, a&^b)
	for _, v := range []uint64{0, 1, 255, 256, 0xFFFF, 1<<63 | 1, ^uint64(0)} {
		fmt.Println(v, popcount(v))
	}
	for _, v := range []uint8{1, 2, 3, 0x80, 0xF0, 0xAA, 0x5C} {
		fmt.Printf("%08b -> %08b\n", v, reverse8(v))
	}
	// lowest set bit, power of two test
	for _, v := range []int{1, 6, 12, 64, 96, 100, 1024} {
		fmt.Println(v, v&-v, v&(v-1) == 0)
	}
	// bit sets
	var set uint32
	for _, k := range []int{1, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31} {
		set |= 1 << k
	}
	fmt.Printf("%032b %d\n", set, set)
	set &^= 1<<3 | 1<<13
	fmt.Printf("%#x\n", set)
	for k := 0; k < 32; k++ {
		if set&(1<<k) != 0 {
			fmt.Print(k, " ")
		}
	}
	fmt.Println()
	var s8 int8 = 0x55
	fmt.Println(^s8, s8^-1, s8&^-1, s8|-128)
	// parity via xor folding
	p := uint32(0xDEADBEEF)
	p ^= p >> 16
	p ^= p >> 8
	p ^= p >> 4
	p ^= p >> 2
	p ^= p >> 1
	fmt.Println("parity", p&1)
}
