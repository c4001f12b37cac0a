// run

package main

import "fmt"

func main() {
	vals := []int64{0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536,
		2147483647, 2147483648, -2147483649, 4294967295, 4294967296, 0x123456789ABCDEF0, -0x123456789ABCDEF0}
	for _, v := range vals {
		fmt.Println(v, "->", int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v), uint64(v), int(v), uint(v))
	}
	// chains of conversions through narrower types
	for _, v := range vals {
		fmt.Println(int64(int8(v)), int64(uint8(v)), uint64(int16(v)), int32(uint16(v)), int64(uint32(v)), uint32(int8(v)))
	}
	// sign extension vs zero extension
	var b int8 = -2
	var u uint8 = 254
	fmt.Println(int16(b), uint16(b), int32(b), uint32(b), int64(b), uint64(b))
	fmt.Println(int16(u), uint16(u), int32(u), uint32(u), int64(u), uint64(u))
	var i16 int16 = -300
	fmt.Println(int8(i16), uint8(i16), uint32(i16), uint64(i16))
	var big uint64 = 0xFFFFFFFFFFFFFFFF
	fmt.Println(int64(big), int32(big), int8(big), uint8(big), int(big))
	// byte and rune are aliases
	var r rune = 0x1F600
	fmt.Println(byte(r), uint16(r), int8(r), r)
	var bb byte = 0xC8
	fmt.Println(rune(bb), int8(bb))
	var up uintptr = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(uint8(up), int(up), uint32(up))
}
