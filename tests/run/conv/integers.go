// run

package main

import "fmt"

func main() {
	vals := []int64{0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32769, 2147483647, 2147483648, 4294967295, 4294967296, -2147483649, 9223372036854775807, -9223372036854775808}
	fmt.Printf("%21s %5s %4s %7s %6s %12s %11s %20s\n", "v", "int8", "u8", "int16", "u16", "int32", "u32", "u64")
	for _, v := range vals {
		fmt.Printf("%21d %5d %4d %7d %6d %12d %11d %20d\n", v, int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v), uint64(v))
	}
	// sign extension vs zero extension
	var i8 int8 = -2
	var u8 uint8 = 254
	fmt.Println(int64(i8), uint64(i8), int64(u8), uint64(u8), int8(u8), uint8(i8))
	var i16 int16 = -300
	fmt.Println(int8(i16), uint8(i16), uint32(i16), int32(uint16(i16)))
	var u32 uint32 = 0xFFFFFFFE
	fmt.Println(int32(u32), int64(u32), int64(int32(u32)), uint64(int32(u32)))
	// chains
	x := 1000
	fmt.Println(int(int8(x)), int(uint8(x)), int(int8(uint8(x))), uint16(int8(x)))
	// rune and byte conversions
	r := rune(-1)
	fmt.Println(uint32(r), byte(r), rune(byte(r)))
	var up uintptr = uintptr(x)
	fmt.Println(up, int(up)+1)
}
