// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = 'a' + byte((int(c-'a')+k+26)%26)
		}
	}
	return string(b)
}

func kmp(text, pat string) []int {
	fail := make([]int, len(pat))
	for i, k := 1, 0; i < len(pat); i++ {
		for k > 0 && pat[i] != pat[k] {
			k = fail[k-1]
		}
		if pat[i] == pat[k] {
			k++
		}
		fail[i] = k
	}
	var res []int
	for i, k := 0, 0; i < len(text); i++ {
		for k > 0 && text[i] != pat[k] {
			k = fail[k-1]
		}
		if text[i] == pat[k] {
			k++
		}
		if k == len(pat) {
			res = append(res, i-k+1)
			k = fail[k-1]
		}
	}
	return res
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "", "Was it a car or a cat I saw?", "ab"} {
		fmt.Printf("%q %v\n", s, isPalindrome(s))
	}
	enc := caesar("attack at dawn", 3)
	fmt.Println(enc, caesar(enc, -3))
	fmt.Println(kmp("abababcabababab", "abab"), kmp("aaaaa", "aa"), kmp("abc", "d"))
	text := "the cat and the dog and the bird saw the cat"
	words := strings.Fields(text)
	sort.Strings(words)
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && words[j] == words[i] {
			j++
		}
		fmt.Printf("%-5s %d\n", words[i], j-i)
		i = j
	}
	// anagram check by sorting bytes
	anagram := func(a, b string) bool {
		x, y := []byte(a), []byte(b)
		sort.Slice(x, func(i, j int) bool { return x[i] < x[j] })
		sort.Slice(y, func(i, j int) bool { return y[i] < y[j] })
		return string(x) == string(y)
	}
	fmt.Println(anagram("listen", "silent"), anagram("abc", "abd"))
	// run length encoding
	rle := func(s string) string {
		var sb strings.Builder
		for i := 0; i < len(s); {
			j := i
			for j < len(s) && s[j] == s[i] {
				j++
			}
			fmt.Fprintf(&sb, "%d%c", j-i, s[i])
			i = j
		}
		return sb.String()
	}
	fmt.Println(rle("aaabccddddde"), rle("x"), rle(""))
	// longest common prefix
	strs := []string{"interspecies", "interstellar", "interstate"}
	p := strs[0]
	for _, s := range strs[1:] {
		for !strings.HasPrefix(s, p) {
			p = p[:len(p)-1]
		}
	}
	fmt.Println("lcp:", p)
}
