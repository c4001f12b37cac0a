// run

package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	a++
	fmt.Println(a == math.MinInt64, a)
	var b uint64 = math.MaxUint64
	b++
	fmt.Println(b)
	b--
	fmt.Println(b)
	var m int64 = math.MinInt64
	fmt.Println(-m, m/-1, m%-1, m-1)
	var n int = math.MinInt
	fmt.Println(n/-1 == n, -n == n)
	var big uint64 = 1 << 63
	fmt.Println(big, big*2, big+big-1, big>>63)
	// factorial in uint64 and int64 wraps
	var fu uint64 = 1
	var fs int64 = 1
	for i := 1; i <= 25; i++ {
		fu *= uint64(i)
		fs *= int64(i)
		if i >= 19 {
			fmt.Println(i, fu, fs)
		}
	}
	// xorshift64
	var x uint64 = 88172645463325252
	for i := 0; i < 8; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		fmt.Println(x)
	}
	// multiply high bits by hand
	var p uint64 = 0xDEADBEEFCAFEBABE
	var q uint64 = 0x0123456789ABCDEF
	fmt.Printf("%x %x %x\n", p*q, p+q, p-q)
	fmt.Printf("%d %d\n", int64(p), int64(q))
	var mx int = math.MaxInt
	fmt.Println(mx, mx+1, mx*2, mx*mx)
	fmt.Println(uint(mx)*2+1, uint(mx)*2+2)
}
