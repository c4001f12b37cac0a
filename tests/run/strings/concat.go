// run

package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 26; i++ {
		s += string(rune('a' + i))
		if i%5 == 4 {
			fmt.Println(len(s), s)
		}
	}
	// += does not modify other strings sharing the old value
	a := "base"
	b := a
	a += "-extended"
	fmt.Println(a, b)
	// concatenation with many operands and nested expressions
	x, y, z := "x", "yy", "zzz"
	w := x + y + z + x + (y + z) + "!"
	fmt.Println(w, len(w))
	// building a triangle
	line := ""
	for i := 0; i < 6; i++ {
		line += "*"
		fmt.Println(line)
	}
	// strings from numbers without strconv
	itoa := func(n int) string {
		if n == 0 {
			return "0"
		}
		neg := n < 0
		if neg {
			n = -n
		}
		out := ""
		for n > 0 {
			out = string(rune('0'+n%10)) + out
			n /= 10
		}
		if neg {
			out = "-" + out
		}
		return out
	}
	list := ""
	for _, n := range []int{0, 7, -13, 420, 99999, -100000} {
		if list != "" {
			list += ", "
		}
		list += itoa(n)
	}
	fmt.Println("[" + list + "]")
	// joining runes and bytes
	var bs []byte
	for i := 0; i < 5; i++ {
		bs = append(bs, "ab"...)
		bs = append(bs, byte('0'+i))
	}
	fmt.Println(string(bs), len(bs))
	multi := "日本"
	multi += "語"
	fmt.Println(multi, len(multi), len([]rune(multi)))
	// repeated doubling
	d := "ab"
	for i := 0; i < 10; i++ {
		d += d
	}
	fmt.Println(len(d), d[1020:1030])
}
