// run

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8)
	fmt.Println(math.MaxInt16, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, uint32(math.MaxUint32))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	var a int8 = math.MinInt8
	var b int16 = math.MinInt16
	var c int32 = math.MinInt32
	var d int64 = math.MinInt64
	fmt.Println(a-1, b-1, c-1, d-1)
	println(a, b, c, d)
	println(uint8(200), uint16(60000), uint32(4000000000), uint64(18000000000000000000))
	var ui uintptr = 12345
	ui *= 1000
	fmt.Println(ui)
	var r rune = 0x10FFFF
	var by byte = 'A'
	fmt.Println(r, by, r+1, by+200)
	// typed arithmetic mixes via conversion
	var x int8 = 100
	var y int16 = 1000
	var z int32 = int32(x)*int32(y) + 7
	fmt.Println(z, int8(z), int16(z), uint8(z))
	// max of each by bit tricks
	fmt.Println(int8(^uint8(0)>>1), int16(^uint16(0)>>1), int32(^uint32(0)>>1), int64(^uint64(0)>>1))
	fmt.Println(^uint8(0), ^uint16(0), ^uint32(0), ^uint64(0), ^uint(0))
	// negative numbers print
	for _, v := range []int64{-1, -10, -100, -9223372036854775807} {
		fmt.Print(v, " ")
		print(v, " ")
	}
	println()
	fmt.Println()
}
