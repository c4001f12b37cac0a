// run

package main

import "fmt"

func main() {
	x := 1
	for s := uint(0); s < 70; s += 7 {
		fmt.Println(s, x<<s, -x<<s, uint64(x)<<s)
	}
	var n int64 = -1000
	for s := 0; s < 66; s += 13 {
		fmt.Println("n>>", s, "=", n>>s, " uint64(n)>>", s, "=", uint64(n)>>s)
	}
	var b int8 = -100
	for s := uint8(0); s < 10; s++ {
		fmt.Print(b>>s, ",", b<<s, " ")
	}
	fmt.Println()
	var u uint8 = 0x81
	for s := 0; s <= 8; s++ {
		fmt.Printf("%08b %08b\n", u<<s, u>>s)
	}
	var w uint32 = 0x80000001
	var shift int = 31
	fmt.Println(w<<shift, w>>shift, w<<32, w>>32, w<<100)
	var i32 int32 = -2
	fmt.Println(i32>>1, i32>>31, i32>>32, i32>>200, i32<<31)
	// rotate
	rot := func(v uint32, k int) uint32 { return v<<k | v>>(32-k) }
	for k := 0; k < 36; k += 4 {
		fmt.Printf("%08x ", rot(0x12345678, k))
	}
	fmt.Println()
	// constant shifts
	const big = 1 << 100
	fmt.Println(big>>98, big>>100)
	var sh uint = 3
	var f = 1 << sh
	fmt.Println(f, 1<<sh+1, (1<<sh)*5)
}
