// run

package main

import (
	"fmt"
	"strconv"
)

func sign(n int) string {
	if n > 0 {
		return "+"
	} else if n < 0 {
		return "-"
	} else {
		return "0"
	}
}

func classify(year int) string {
	if year%400 == 0 {
		return "leap (400)"
	} else if year%100 == 0 {
		return "common (100)"
	} else if year%4 == 0 {
		return "leap"
	}
	return "common"
}

func main() {
	for _, n := range []int{5, -3, 0} {
		fmt.Print(sign(n), " ")
	}
	fmt.Println()
	for _, y := range []int{1900, 2000, 2004, 2023, 2400} {
		fmt.Println(y, classify(y))
	}
	for _, s := range []string{"12", "abc", "-7", "99999999999999999999"} {
		if n, err := strconv.Atoi(s); err != nil {
			fmt.Println("error:", err)
		} else if n < 0 {
			fmt.Println("negative", n)
		} else {
			fmt.Println("ok", n)
		}
	}
	// nested conditions and short circuit with side effects
	calls := 0
	check := func(v bool) bool { calls++; return v }
	if check(false) && check(true) {
		fmt.Println("unreachable")
	}
	if check(true) || check(false) {
		fmt.Println("short-circuited or")
	}
	if !(check(true) && check(false)) {
		fmt.Println("negated and")
	}
	fmt.Println("calls:", calls)
	// complex boolean expressions
	for a := 0; a < 2; a++ {
		for b := 0; b < 2; b++ {
			A, B := a == 1, b == 1
			fmt.Println(A, B, A && B, A || B, A != B, !A || B, A == !B)
		}
	}
	// max of three via if
	max3 := func(a, b, c int) int {
		m := a
		if b > m {
			m = b
		}
		if c > m {
			m = c
		}
		return m
	}
	fmt.Println(max3(1, 2, 3), max3(3, 2, 1), max3(2, 3, 1), max3(-1, -1, -1))
}
