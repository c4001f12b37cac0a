// run

package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a+b, -a-b, -a*b, -a/b, -a%b)
	fmt.Println(a+(-b), a-(-b), a*(-b), a/(-b), a%(-b))
	fmt.Println(-a/(-b), -a%(-b))
	for i := -7; i <= 7; i++ {
		fmt.Printf("%3d /3=%2d %%3=%2d /-3=%2d %%-3=%2d\n", i, i/3, i%3, i/-3, i%-3)
	}
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	fmt.Println("sum 1..100 =", sum)
	prod := 1
	for i := 1; i <= 20; i++ {
		prod *= i
	}
	fmt.Println("20! =", prod)
	x := 1000000007
	y := 998244353
	fmt.Println("x*y =", x*y, "x*y%1000 =", x*y%1000)
	var u uint = 7
	var v uint = 2
	fmt.Println(u/v, u%v, u-v, v-u > 0)
	// precedence
	fmt.Println(2+3*4, (2+3)*4, 10-4-3, 100/10/5, 7%4*3, 1<<3+1, 1<<(3+1))
	c := 3
	c += 4
	c *= 5
	c -= 6
	c /= 2
	c %= 7
	c <<= 3
	c >>= 1
	c |= 1
	c &= 0x7f
	c ^= 0x55
	c &^= 0x0f
	fmt.Println("c =", c)
	n := 0
	n++
	n++
	n--
	fmt.Println("n =", n)
}
