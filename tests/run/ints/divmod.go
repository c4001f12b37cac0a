// run

package main

import "fmt"

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int) int {
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1, 7}, {-1, 7}, {100, 10}, {-100, 10}, {13, 13}, {-13, 13}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		q, r := a/b, a%b
		fmt.Printf("%4d %4d | q=%3d r=%3d check=%v | floor q=%3d m=%3d\n", a, b, q, r, q*b+r == a, floorDiv(a, b), floorMod(a, b))
	}
	var i8s = []int8{-128, -127, -1, 0, 1, 127}
	for _, x := range i8s {
		fmt.Print(x/7, ":", x%7, " ")
	}
	fmt.Println()
	var u = []uint32{0, 1, 4294967295, 2147483648}
	for _, x := range u {
		fmt.Print(x/3, ":", x%3, " ")
	}
	fmt.Println()
	// digits of a number
	n := 9876543210
	var digits []int
	for n > 0 {
		digits = append(digits, n%10)
		n /= 10
	}
	fmt.Println(digits)
	m := -12345
	sum := 0
	for m != 0 {
		sum += m % 10
		m /= 10
	}
	fmt.Println("digit sum of -12345:", sum)
	var x int64 = -9223372036854775808
	var d int64 = -1
	fmt.Println(x/d, x%d)
	var y int32 = -2147483648
	var e int32 = -1
	fmt.Println(y/e, y%e)
	// division by powers of two vs shifts for negatives
	for _, v := range []int{-9, -8, -7, -1, 1, 7, 8, 9} {
		fmt.Print(v/4, " ", v>>2, " | ")
	}
	fmt.Println()
}
