// run

package main

import "fmt"

func main() {
	// Shift counts at or beyond the width give 0 (left, or right of non-negative)
	// or -1 (right shift of a negative signed value).
	counts := []uint{0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 1000}
	for _, s := range counts {
		var i8 int8 = -5
		var u8 uint8 = 0xA5
		var i16 int16 = -5
		var u16 uint16 = 0xA5A5
		var i32 int32 = -5
		var u32 uint32 = 0xA5A5A5A5
		var i64 int64 = -5
		var u64 uint64 = 0xA5A5A5A5A5A5A5A5
		fmt.Println("s =", s)
		fmt.Println("  <<", i8<<s, u8<<s, i16<<s, u16<<s, i32<<s, u32<<s, i64<<s, u64<<s)
		fmt.Println("  >>", i8>>s, u8>>s, i16>>s, u16>>s, i32>>s, u32>>s, i64>>s, u64>>s)
		p8, p32 := int8(5), int32(5)
		fmt.Println("  pos", p8>>s, p32>>s, p8<<s, p32<<s)
	}
	// signed shift counts (Go 1.13+) that are non-negative are fine
	for n := 0; n < 70; n += 9 {
		x := -1
		y := 1
		fmt.Println(n, x<<n, x>>n, y<<n, y>>n, uint(y)<<n)
	}
	// counts of every unsigned type
	var c8 uint8 = 200
	var c16 uint16 = 3
	var c64 uint64 = 1 << 40
	fmt.Println(1<<c16, int64(1)<<c8, -1>>c64, int32(7)<<c16)
	// shift assignment
	v := 0x12345678
	v <<= 4
	fmt.Printf("%x\n", v)
	v >>= 8
	fmt.Printf("%x\n", v)
	w := uint16(0xFFFF)
	w <<= 20
	fmt.Println(w)
}
