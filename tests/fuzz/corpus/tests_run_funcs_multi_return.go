// run

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func parse(s string) (n int, err error) {
	n, err = strconv.Atoi(s)
	if err != nil {
		return 0, errors.New("bad number: " + s)
	}
	return
}

func minMax(xs ...int) (min, max int) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return min, max
}

func three() (int, string, bool) { return 1, "two", true }

func pass() (int, int) { return divmod(47, 6) }

func sumPair(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(split(17))
	for _, s := range []string{"42", "-7", "x1", ""} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
	lo, hi := minMax(4, -2, 9, 0)
	fmt.Println(lo, hi)
	fmt.Println(minMax())
	_, s, _ := three()
	fmt.Println(s)
	fmt.Println(three())
	fmt.Println(sumPair(pass()))
	a, b := pass()
	a, b = b, a
	fmt.Println(a, b)
	var x, y int
	x, y = split(100)
	fmt.Println(x, y, x+y)
	f := func() (a, b string) {
		a = "first"
		b = a + "+second"
		return b, a
	}
	fmt.Println(f())
}
