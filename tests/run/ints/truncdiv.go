// run

package main

import "fmt"

func main() {
	// Go's division truncates toward zero; % takes the sign of the dividend.
	vals := []int{-17, -16, -9, -8, -7, -1, 0, 1, 7, 8, 9, 16, 17}
	divs := []int{-8, -3, -1, 1, 3, 8}
	for _, v := range vals {
		for _, d := range divs {
			fmt.Printf("%3d/%2d=%3d %3d%%%2d=%3d  ", v, d, v/d, v, d, v%d)
		}
		fmt.Println()
	}
	var a8, b8 int8 = -100, 7
	var a16, b16 int16 = -30000, 7
	var a32, b32 int32 = -2000000000, 7
	var a64, b64 int64 = -9000000000000000000, 7
	fmt.Println(a8/b8, a8%b8, a16/b16, a16%b16, a32/b32, a32%b32, a64/b64, a64%b64)
	fmt.Println(a8/-b8, a8%-b8, a16/-b16, a16%-b16, a32/-b32, a32%-b32, a64/-b64, a64%-b64)
	var u8, v8 uint8 = 250, 7
	var u16, v16 uint16 = 65000, 7
	var u32, v32 uint32 = 4000000000, 7
	var u64, v64 uint64 = 18000000000000000000, 7
	fmt.Println(u8/v8, u8%v8, u16/v16, u16%v16, u32/v32, u32%v32, u64/v64, u64%v64)
	// the identity (a/b)*b + a%b == a holds everywhere
	ok := true
	for a := -50; a <= 50; a++ {
		for b := -9; b <= 9; b++ {
			if b == 0 {
				continue
			}
			if (a/b)*b+a%b != a {
				ok = false
			}
			if a%b != 0 && (a%b < 0) != (a < 0) {
				ok = false
			}
		}
	}
	fmt.Println("identity holds:", ok)
	// compound forms
	n := -1000
	n /= 7
	fmt.Println(n)
	n %= 9
	fmt.Println(n)
	// division by powers of two is not a shift for negatives
	for _, x := range []int{-1, -2, -3, -4, -5, -7, -8, -9} {
		fmt.Println(x, x/2, x>>1, x/4, x>>2, x%2, x&1)
	}
}
