// run

package main

import (
	"fmt"
	"math"
)

func main() {
	// The most negative value divided by -1 overflows back to itself; the
	// remainder is 0.  Variables keep the compiler from folding it.
	m1 := int8(math.MinInt8)
	m2 := int16(math.MinInt16)
	m3 := int32(math.MinInt32)
	m4 := int64(math.MinInt64)
	m5 := int(math.MinInt)
	n1, n2, n3, n4, n5 := int8(-1), int16(-1), int32(-1), int64(-1), -1
	fmt.Println(m1/n1, m1%n1)
	fmt.Println(m2/n2, m2%n2)
	fmt.Println(m3/n3, m3%n3)
	fmt.Println(m4/n4, m4%n4)
	fmt.Println(m5/n5, m5%n5)
	fmt.Println(-m1, -m2, -m3, -m4, -m5)
	fmt.Println(m1*n1, m2*n2, m3*n3, m4*n4, m5*n5)
	m1 /= n1
	m4 %= n4
	fmt.Println(m1, m4)
	// near the edge
	fmt.Println(m3/2, m3/-2, (m3+1)/n3, m3%7, m3/7)
	fmt.Println(int64(math.MaxInt64)/n4, int64(math.MaxInt64)%n4)
	var abs = func(x int32) int32 {
		if x < 0 {
			return -x
		}
		return x
	}
	fmt.Println(abs(math.MinInt32), abs(-5), abs(math.MaxInt32))
}
