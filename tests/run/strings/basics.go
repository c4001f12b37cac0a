// run

package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[len(s)-1], string(s[7]))
	fmt.Println(s[:5], s[7:], s[3:8], s[:], s[12:] == "")
	t := s + "!" + " " + "bye"
	fmt.Println(t, len(t))
	u := s
	u += "?"
	fmt.Println(s, u)
	fmt.Println("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "abc" == "a"+"bc")
	var empty string
	fmt.Println(empty == "", len(empty), "["+empty+"]")
	// byte loop
	up := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 32
		}
		up += string(rune(c))
	}
	fmt.Println(up)
	// count vowels
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'a', 'e', 'i', 'o', 'u':
			n++
		}
	}
	fmt.Println("vowels:", n)
	// substrings share but are values
	parts := []string{}
	for i := 0; i+3 <= len(s); i += 3 {
		parts = append(parts, s[i:i+3])
	}
	fmt.Println(parts, len(parts))
	fmt.Printf("%q\n", parts)
	// string concatenation in a loop
	acc := ""
	for i := 0; i < 10; i++ {
		acc += fmt.Sprint(i)
	}
	fmt.Println(acc, len(acc))
	multi := "日本語 text"
	fmt.Println(len(multi), multi[0], multi[:3], multi[3:6], multi[9:])
	fmt.Println(multi[1:2] == "\x97", []byte(multi[:3]))
	x := "a" + "b"
	y := "ab"
	fmt.Println(x == y, &x != &y)
	fmt.Println(s[len(s)/2:], s[:len(s)/2])
}
