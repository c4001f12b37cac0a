// run

package main

import "fmt"

func reverseWords(s string) string {
	var words []string
	start := -1
	for i, r := range s {
		if r == ' ' {
			if start >= 0 {
				words = append(words, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	out := ""
	for i := len(words) - 1; i >= 0; i-- {
		out += words[i]
		if i > 0 {
			out += " "
		}
	}
	return out
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	inputs := []string{
		"Hello, World!",
		"The quick brown fox",
		"  leading and trailing  ",
		"Ελληνικά και English",
		"日本語のテキスト",
		"emoji 🎉 party 🥳",
		"",
	}
	for _, s := range inputs {
		fmt.Printf("%q\n  runes: %q\n  words: %q\n  len %d -> %d, runes %d\n",
			s, reverse(s), reverseWords(s), len(s), len(reverse(s)), len([]rune(s)))
	}
}
