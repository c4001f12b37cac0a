// run

package main

import "fmt"

func main() {
	var a int32 = 2147483647
	var b uint32 = 4294967295
	var c int64 = 9223372036854775807
	var d uint64 = 18446744073709551615
	fmt.Println(a+1, b+1, c+1, d+1)
	fmt.Println(a*2, b*2, c*2, d*2)
	fmt.Println(a*a, b*b, c*c, d*d)
	fmt.Println(-a-2, -b, -c-2, -d)
	var e int = 9223372036854775807
	var f uint = 18446744073709551615
	fmt.Println(e+1, f+1, e*3, f*3)
	// multiplicative hashing relies on wraparound
	var h32 uint32 = 2166136261
	var h64 uint64 = 14695981039346656037
	for _, ch := range []byte("hello, wraparound") {
		h32 ^= uint32(ch)
		h32 *= 16777619
		h64 ^= uint64(ch)
		h64 *= 1099511628211
		fmt.Println(h32, h64)
	}
	// powers of 3 in each width until they wrap many times
	var p16 int16 = 1
	var p32 int32 = 1
	var p64 int64 = 1
	var q16 uint16 = 1
	var q32 uint32 = 1
	var q64 uint64 = 1
	for i := 0; i < 45; i++ {
		fmt.Println(i, p16, q16, p32, q32, p64, q64)
		p16 *= 3
		p32 *= 3
		p64 *= 3
		q16 *= 3
		q32 *= 3
		q64 *= 3
	}
}
