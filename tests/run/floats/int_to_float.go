// run

package main

import "fmt"

func main() {
	// float64 has 53 bits of mantissa, float32 24
	for _, n := range []int64{0, 1, -1, 16777215, 16777216, 16777217, 16777218, 16777219,
		9007199254740991, 9007199254740992, 9007199254740993, 9007199254740995,
		-9223372036854775808, 9223372036854775807} {
		fmt.Println(n, float32(n), float64(n))
	}
	for _, u := range []uint64{1<<63 - 1, 1 << 63, 1<<64 - 1, 1<<64 - 1025, 12345678901234567890} {
		fmt.Println(u, float32(u), float64(u))
		fmt.Printf("%.0f %.0f\n", float64(u), float32(u))
	}
	for _, v := range []uint32{4294967295, 2147483648, 16777217} {
		fmt.Println(v, float32(v), float64(v))
	}
	for _, v := range []int8{-128, -1, 127} {
		fmt.Println(float32(v), float64(v))
	}
	// mixing in expressions requires conversion
	total := 0
	count := 7
	for i := 1; i <= count; i++ {
		total += i
	}
	mean := float64(total) / float64(count)
	fmt.Println(total, count, mean)
	fmt.Printf("%.3f %8.2f %-8.1f| %g\n", mean, mean, mean, mean)
	// percentages
	for _, part := range []int{0, 1, 3, 7} {
		fmt.Printf("%d/7 = %5.1f%%\n", part, 100*float64(part)/7)
	}
}
