// run

package main

import "fmt"

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func reverseRecursive(s string) string {
	if s == "" {
		return ""
	}
	for i := range s {
		if i > 0 {
			return reverseRecursive(s[i:]) + s[:i]
		}
	}
	return s
}

func isPalindrome(s string) bool {
	var r []rune
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if (c >= 'a' && c <= 'z') || c > 127 {
			r = append(r, c)
		}
	}
	for i := 0; i < len(r)/2; i++ {
		if r[i] != r[len(r)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	for _, s := range []string{"", "a", "ab", "hello", "Hello, 世界", "añb", "😀👍x"} {
		rb := reverseBytes(s)
		rr := reverseRunes(s)
		fmt.Printf("%q %q %q %q %v\n", s, rb, rr, reverseRecursive(s), reverseRunes(rr) == s)
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "racecar", "golite", "日本日", "Was it a car or a cat I saw?"} {
		fmt.Println(isPalindrome(s), s)
	}
}
