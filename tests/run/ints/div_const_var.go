// run

package main

import "fmt"

// Division by a constant is often compiled to a multiply; it must agree with
// division by the same value held in a variable, for every size and sign.
func main() {
	d3, d7, d10, d16, dm5 := 3, 7, 10, 16, -5
	bad := 0
	var sum int64
	for x := -100000; x <= 100000; x += 37 {
		if x/3 != x/d3 || x%3 != x%d3 || x/7 != x/d7 || x%7 != x%d7 ||
			x/10 != x/d10 || x%10 != x%d10 || x/16 != x/d16 || x%16 != x%d16 ||
			x/-5 != x/dm5 || x%-5 != x%dm5 {
			bad++
		}
		sum += int64(x/7 + x%7 + x/16 + x%16)
	}
	fmt.Println("int mismatches:", bad, "checksum:", sum)
	var i8d int8 = 7
	var u8d uint8 = 7
	var i16d int16 = 7
	var u16d uint16 = 7
	var i32d int32 = 7
	var u32d uint32 = 7
	var i64d int64 = 7
	var u64d uint64 = 7
	bad = 0
	for k := 0; k < 300; k++ {
		i8 := int8(k*13 - 150)
		u8 := uint8(k * 13)
		i16 := int16(k*2741 - 32768)
		u16 := uint16(k * 2741)
		i32 := int32(k*179424673 - 1<<31)
		u32 := uint32(k) * 179424673
		i64 := int64(k)*3074457345618258602 - 1<<62
		u64 := uint64(k) * 12297829382473034410
		if i8/7 != i8/i8d || i8%7 != i8%i8d || u8/7 != u8/u8d || u8%7 != u8%u8d ||
			i16/7 != i16/i16d || i16%7 != i16%i16d || u16/7 != u16/u16d || u16%7 != u16%u16d ||
			i32/7 != i32/i32d || i32%7 != i32%i32d || u32/7 != u32/u32d || u32%7 != u32%u32d ||
			i64/7 != i64/i64d || i64%7 != i64%i64d || u64/7 != u64/u64d || u64%7 != u64%u64d {
			bad++
		}
		if k%37 == 0 {
			fmt.Println(i8/7, i8%7, u8/7, u8%7, i16/7, i16%7, u16/7, u16%7, i32/7, i32%7, u32/7, u32%7, i64/7, i64%7, u64/7, u64%7)
		}
	}
	fmt.Println("sized mismatches:", bad)
	// powers of two with negative dividends
	for _, x := range []int32{-9, -8, -7, -1, 0, 1, 7, 8, 9} {
		fmt.Print(x/8, " ", x%8, " ", x>>3, " ", x&7, " | ")
	}
	fmt.Println()
}
