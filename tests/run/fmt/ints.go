// run

package main

import "fmt"

func main() {
	nums := []int{0, 1, -1, 42, -42, 255, 1000000, -2147483648}
	for _, n := range nums {
		fmt.Printf("[%d][%5d][%-5d][%05d][%+d][% d][%x][%X][%#x][%o][%#o][%O][%b]\n", n, n, n, n, n, n, n, n, n, n, n, n, n)
	}
	var u8 uint8 = 200
	var i8 int8 = -100
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%d %x %b %o\n", u8, u8, u8, u8)
	fmt.Printf("%d %x %b %X\n", i8, i8, i8, i8)
	fmt.Printf("%d %x %#X %o\n", u64, u64, u64, u64)
	fmt.Printf("%08b|%-8b|%#b\n", 5, 5, 5)
	fmt.Printf("%c%c%c|%5c|%-3c|\n", 'G', 'o', '!', 'x', 'y')
	fmt.Printf("%q %q %q %#q\n", 'a', 0x1F600, '\t', 'b')
	fmt.Printf("%U %#U %#U\n", 'é', 'é', 0x1F600)
	fmt.Printf("%x %X % x %#x\n", -255, -255, 255, -255)
	fmt.Printf("%.3d|%8.3d|%-8.3d|%08.3d\n", 7, 7, 7, 7)
	fmt.Printf("%+05d|%-+5d|% 05d\n", 42, 42, 42)
	fmt.Printf("%v %v %v\n", int64(-5), uint16(65535), uintptr(4096))
	fmt.Printf("%d %d\n", []int{1, 2, 3}, [2]int8{-1, 1})
	fmt.Printf("%x %X\n", []int{10, 11, 255}, []uint8{10, 11, 255})
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
}
