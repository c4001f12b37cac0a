// run

package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("127+1 =", a)
	a--
	fmt.Println("-128-1 =", a)
	var b uint8 = 255
	b++
	fmt.Println("255+1 =", b)
	b--
	fmt.Println("0-1 =", b)
	var c int8 = -128
	c = -c
	fmt.Println("-(-128) =", c)
	c = c / -1
	fmt.Println("-128 / -1 =", c)
	var d int8 = 100
	d *= 3
	fmt.Println("100*3 =", d)
	var e uint8 = 200
	e += 100
	fmt.Println("200+100 =", e)
	e = 16
	e *= 16
	fmt.Println("16*16 =", e)
	var f uint8 = 0xF0
	fmt.Println("^f =", ^f, "f<<1 =", f<<1, "f>>4 =", f>>4)
	var g int8 = -1
	fmt.Println("g>>1 =", g>>1, "g<<7 =", g<<7, "uint8(g) =", uint8(g))
	// counting loop over all uint8 values
	var count, sum int
	var i uint8
	for i = 0; ; i++ {
		count++
		sum += int(i)
		if i == 255 {
			break
		}
	}
	fmt.Println("count =", count, "sum =", sum)
	// wrapping sum table
	var acc int8
	for k := int8(0); k < 20; k++ {
		acc += k * 7
		fmt.Print(acc, " ")
	}
	fmt.Println()
	var bacc byte
	for k := 0; k < 20; k++ {
		bacc = bacc*31 + byte(k)
		fmt.Print(bacc, " ")
	}
	fmt.Println()
	fmt.Printf("%d %d %d %d\n", int8(-128)%3, int8(-128)/3, int8(127)%-4, uint8(250)/7)
}
