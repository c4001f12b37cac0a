// run

package main

import "fmt"

func main() {
	// int8 and uint8 wrap around on every operation.
	var a int8 = 127
	var b uint8 = 255
	for i := 0; i < 5; i++ {
		fmt.Println("int8", a, "uint8", b)
		a++
		b++
	}
	a, b = -128, 0
	for i := 0; i < 5; i++ {
		fmt.Println("int8", a, "uint8", b)
		a--
		b--
	}
	var x int8 = 100
	fmt.Println(x+x, x*3, x*x, -x-x-x, x*-2)
	var y uint8 = 200
	fmt.Println(y+y, y*3, y*y, -y, 0-y, y-201)
	var c int16 = 32767
	var d uint16 = 65535
	c++
	d++
	fmt.Println(c, d)
	c = 300
	d = 300
	fmt.Println(c*c, d*d, c*200, d*250)
	var m int8 = -128
	fmt.Println(-m, m*-1, m-1, m+m)
	// products of all pairs in a small range, wrapped to int8
	for i := int8(60); i < 70; i += 3 {
		for j := int8(1); j < 8; j += 2 {
			fmt.Printf("%4d", i*j)
		}
		fmt.Println()
	}
	for i := uint8(0); i < 16; i++ {
		fmt.Print(i*i*i*i, " ")
	}
	fmt.Println()
}
