// run

package main

import "fmt"

func main() {
	var a int8 = 7
	var b uint16 = 7
	var c int32 = 7
	var d uint64 = 7
	var e int = 7
	ops := []string{"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^="}
	for _, op := range ops {
		for _, k := range []int{3, 100, -2} {
			a2, b2, c2, d2, e2 := a, b, c, d, e
			switch op {
			case "+=":
				a2 += int8(k)
				b2 += uint16(k)
				c2 += int32(k)
				d2 += uint64(k)
				e2 += k
			case "-=":
				a2 -= int8(k)
				b2 -= uint16(k)
				c2 -= int32(k)
				d2 -= uint64(k)
				e2 -= k
			case "*=":
				a2 *= int8(k)
				b2 *= uint16(k)
				c2 *= int32(k)
				d2 *= uint64(k)
				e2 *= k
			case "/=":
				a2 /= int8(k)
				b2 /= uint16(k)
				c2 /= int32(k)
				d2 /= uint64(k)
				e2 /= k
			case "%=":
				a2 %= int8(k)
				b2 %= uint16(k)
				c2 %= int32(k)
				d2 %= uint64(k)
				e2 %= k
			case "&=":
				a2 &= int8(k)
				b2 &= uint16(k)
				c2 &= int32(k)
				d2 &= uint64(k)
				e2 &= k
			case "|=":
				a2 |= int8(k)
				b2 |= uint16(k)
				c2 |= int32(k)
				d2 |= uint64(k)
				e2 |= k
			case "^=":
				a2 ^= int8(k)
				b2 ^= uint16(k)
				c2 ^= int32(k)
				d2 ^= uint64(k)
				e2 ^= k
			case "<<=":
				if k < 0 {
					continue
				}
				a2 <<= k
				b2 <<= k
				c2 <<= k
				d2 <<= k
				e2 <<= k
			case ">>=":
				if k < 0 {
					continue
				}
				a2 >>= k
				b2 >>= k
				c2 >>= k
				d2 >>= k
				e2 >>= k
			case "&^=":
				a2 &^= int8(k)
				b2 &^= uint16(k)
				c2 &^= int32(k)
				d2 &^= uint64(k)
				e2 &^= k
			}
			fmt.Println(op, k, ":", a2, b2, c2, d2, e2)
		}
	}
	// index expressions on the left are evaluated once
	arr := [4]int{1, 2, 3, 4}
	i := 0
	next := func() int { i++; return i - 1 }
	arr[next()] += 10
	arr[next()] *= 10
	arr[next()] <<= 3
	fmt.Println(arr, i)
}
