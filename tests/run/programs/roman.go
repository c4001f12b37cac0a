// run

package main

import (
	"errors"
	"fmt"
)

var values = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var symbols = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", errors.New("out of range")
	}
	out := ""
	for i, v := range values {
		for n >= v {
			out += symbols[i]
			n -= v
		}
	}
	return out, nil
}

func digit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	case 'D':
		return 500
	case 'M':
		return 1000
	}
	return 0
}

func fromRoman(s string) (int, error) {
	total := 0
	for i := 0; i < len(s); i++ {
		v := digit(s[i])
		if v == 0 {
			return 0, fmt.Errorf("bad numeral %q at %d", s[i], i)
		}
		if i+1 < len(s) && v < digit(s[i+1]) {
			total -= v
		} else {
			total += v
		}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println(n, "error:", err)
			continue
		}
		back, _ := fromRoman(r)
		fmt.Printf("%4d %-15s %4d\n", n, r, back)
	}
	ok := 0
	for n := 1; n < 4000; n++ {
		r, _ := toRoman(n)
		if b, err := fromRoman(r); err == nil && b == n {
			ok++
		}
	}
	fmt.Println("round trips:", ok)
	for _, s := range []string{"MMXXIV", "XLII", "ABC", "mcm"} {
		v, err := fromRoman(s)
		fmt.Println(s, v, err)
	}
}
