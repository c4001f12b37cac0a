// run

package main

import "fmt"

func main() {
	s := "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xff\xc3(\xe2\x82z\x80\x80"
	// index and value
	for i, r := range s {
		fmt.Printf("%2d %6d %q %U\n", i, r, r, r)
	}
	// index only: byte offsets of rune starts
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	// value only
	for _, r := range s {
		fmt.Print(string(r))
	}
	fmt.Println()
	// neither
	n := 0
	for range s {
		n++
	}
	fmt.Println(n, len(s), len([]rune(s)))
	// width of each rune from consecutive offsets
	prev := -1
	var prevR rune
	for i, r := range s {
		if prev >= 0 {
			fmt.Printf("%q:%d ", prevR, i-prev)
		}
		prev, prevR = i, r
	}
	fmt.Printf("%q:%d\n", prevR, len(s)-prev)
	// ranging assigns to existing variables
	var i int
	var r rune
	for i, r = range "xyz" {
	}
	fmt.Println(i, r)
	// the range expression is evaluated once
	str := "abc"
	for j, c := range str {
		str = "changed"
		fmt.Println(j, string(c), str)
	}
	// U+FFFD itself (3 bytes) is distinct from an invalid byte (1 byte)
	for i, r := range "\uFFFD\xef\xbf" {
		fmt.Println(i, r, r == 0xFFFD)
	}
}
