// run

package main

import "fmt"

func rot(s string, k int) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c = 'a' + byte((int(c-'a')+k%26+26)%26)
		case c >= 'A' && c <= 'Z':
			c = 'A' + byte((int(c-'A')+k%26+26)%26)
		}
		out[i] = c
	}
	return string(out)
}

func main() {
	msg := "The Quick Brown Fox Jumps Over The Lazy Dog!"
	for k := -3; k <= 26; k += 3 {
		enc := rot(msg, k)
		fmt.Printf("%3d %s %v\n", k, enc, rot(enc, -k) == msg)
	}
	fmt.Println(rot(rot("Hello, World", 13), 13))
	// letter frequency
	var freq [26]int
	for i := 0; i < len(msg); i++ {
		c := msg[i] | 0x20
		if c >= 'a' && c <= 'z' {
			freq[c-'a']++
		}
	}
	for i, n := range freq {
		if n > 1 {
			fmt.Printf("%c:%d ", 'a'+i, n)
		}
	}
	fmt.Println()
}
