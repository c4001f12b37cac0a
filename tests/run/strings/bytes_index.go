// run

package main

import "fmt"

func main() {
	s := "Go→日本😀"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		b := s[i]
		fmt.Printf("%2d %3d %02x %08b %T %v\n", i, b, b, b, b, b >= 0x80)
	}
	// indexing yields bytes, not runes
	fmt.Println(s[2], string(s[2]), string(rune(s[2])), s[2:5])
	// a byte's arithmetic wraps
	c := s[0]
	c += 200
	fmt.Println(c)
	// checksum over bytes
	var sum uint32
	for i := 0; i < len(s); i++ {
		sum = sum*31 + uint32(s[i])
	}
	fmt.Println(sum)
	// compare bytes with character constants
	word := "Mississippi"
	counts := [256]int{}
	for i := 0; i < len(word); i++ {
		counts[word[i]]++
	}
	for ch := 0; ch < 256; ch++ {
		if counts[ch] > 0 {
			fmt.Printf("%c=%d ", ch, counts[ch])
		}
	}
	fmt.Println()
	// last byte via len-1; index by a computed value
	fmt.Println(word[len(word)-1], word[len(word)/2], string(word[len(word)/2]))
	const k = "constant"
	fmt.Println(k[3], len(k), k[2:5])
}
