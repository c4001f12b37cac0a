// run

package main

import "fmt"

func main() {
	// factorials overflow silently in every width
	var f8 int8 = 1
	var f16 int16 = 1
	var f32 int32 = 1
	var f64 int64 = 1
	var fu uint64 = 1
	for i := 1; i <= 25; i++ {
		f8 *= int8(i)
		f16 *= int16(i)
		f32 *= int32(i)
		f64 *= int64(i)
		fu *= uint64(i)
		fmt.Println(i, f8, f16, f32, f64, fu)
	}
	// a uint8 counter walks through 255 back to 0
	count := 0
	var last uint8
	for b := uint8(250); count < 12; b++ {
		fmt.Print(b, " ")
		last = b
		count++
	}
	fmt.Println("last", last)
	// doubling until the sign flips
	x := int32(1)
	steps := 0
	for x > 0 {
		x *= 2
		steps++
	}
	fmt.Println("int32 went negative after", steps, "doublings:", x)
	y := int64(3)
	steps = 0
	for y > 0 {
		y *= 3
		steps++
	}
	fmt.Println("int64 powers of 3 went negative after", steps, ":", y)
	// accumulate with wraparound
	var sum16 uint16
	var sum32 int32
	for i := 0; i < 100000; i++ {
		sum16 += uint16(i)
		sum32 += int32(i * i)
	}
	fmt.Println(sum16, sum32)
	// a loop that ends exactly at the maximum without overflowing the counter
	n := 0
	for i := int8(120); ; i++ {
		n++
		if i == 127 {
			break
		}
	}
	fmt.Println("iterations to 127:", n)
}
