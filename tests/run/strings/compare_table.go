// run

package main

import "fmt"

func main() {
	words := []string{"", "a", "A", "ab", "abc", "abd", "b", "B", "Z", "z", "é", "e\u0301", "\xff", "aa", "a\x00", "日本", "日"}
	for _, x := range words {
		for _, y := range words {
			r := 0
			if x < y {
				r = -1
			} else if x > y {
				r = 1
			}
			fmt.Printf("%2d", r)
			if (x <= y) != (r <= 0) || (x >= y) != (r >= 0) || (x == y) != (r == 0) || (x != y) != (r != 0) {
				fmt.Print("!")
			}
		}
		fmt.Printf("  %q\n", x)
	}
	// sort by bytes with insertion sort
	s := append([]string(nil), words...)
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	fmt.Printf("%q\n", s)
	// comparing substrings and built strings
	a := "hello world"
	b := "hello" + " " + "world"
	fmt.Println(a == b, a[:5] == b[:5], a[6:] < b[:5], len(a) == len(b))
}
