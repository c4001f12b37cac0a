// run

package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return // bare return
}

func parse(s string) (n int, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, errors.New("bad digit " + string(c))
		}
		n = n*10 + int(c-'0')
	}
	return
}

func minmax(xs ...int) (min, max int) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return min, max
}

// named results start at their zero values and can be read before assignment
func zeros() (i int, s string, p *int, b []byte, f float64) {
	fmt.Println("inside:", i, s == "", p == nil, b == nil, f)
	i = 1
	return
}

// a closure can modify a named result before the bare return
func counter() (n int) {
	inc := func() { n++ }
	for i := 0; i < 5; i++ {
		inc()
	}
	return
}

// explicit return values override the named results
func override() (x int) {
	x = 10
	return x * 2
}

// shadowed results must be returned explicitly
func shadow(flag bool) (res string) {
	res = "outer"
	if flag {
		res := "inner"
		return res
	}
	return
}

func fib(n int) (a, b int) {
	a, b = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return
}

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(-17, 5))
	for _, s := range []string{"123", "", "12x", "007"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
	fmt.Println(minmax())
	fmt.Println(minmax(3, -1, 4, 1, -5, 9, 2, 6))
	fmt.Println(zeros())
	fmt.Println(counter(), override(), shadow(true), shadow(false))
	for i := 0; i < 10; i++ {
		a, b := fib(i)
		fmt.Print(a, ",", b, " ")
	}
	fmt.Println()
}
