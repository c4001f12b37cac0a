// run

package main

import "fmt"

func main() {
	a, b := 0b1111_0000_1010, 0b1010_1010_1111
	fmt.Printf("%b\n%b\n%b\n%b\n%b\n%b\n", a, b, a&b, a|b, a^b, a&^b)
	fmt.Println(a&^b == a&(^b))
	// unary ^ is bitwise complement: -x-1 for signed, max-x for unsigned
	for _, x := range []int{0, 1, -1, 5, -6, 1000} {
		fmt.Println(x, ^x, -x-1)
	}
	var u8 uint8 = 0x0F
	var u16 uint16 = 0x00FF
	var u32 uint32 = 0xFFFF
	var u64 uint64 = 1
	var i8 int8 = 0x0F
	fmt.Println(^u8, ^u16, ^u32, ^u64, ^i8)
	fmt.Printf("%08b %016b %x %x\n", ^u8, ^u16, ^u32, ^u64)
	// clear bits with &^=
	flags := uint32(0xFFFFFFFF)
	for i := 0; i < 32; i += 3 {
		flags &^= 1 << uint(i)
		fmt.Printf("%032b\n", flags)
	}
	var s8 int8 = -1
	s8 &^= 0x40
	fmt.Println(s8)
	s8 ^= -1
	fmt.Println(s8)
	// xor swap
	p, q := 12345, -999
	p ^= q
	q ^= p
	p ^= q
	fmt.Println(p, q)
	// popcount by hand
	for _, v := range []uint64{0, 1, 0xFF, 0xDEADBEEF, ^uint64(0)} {
		n := 0
		for x := v; x != 0; x &= x - 1 {
			n++
		}
		fmt.Println(v, n)
	}
}
