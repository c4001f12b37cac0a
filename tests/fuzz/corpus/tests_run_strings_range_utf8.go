// run

package main

import "fmt"

func main() {
	s := "aé日🙂z"
	for i, r := range s {
		fmt.Printf("%d: %q %U %d\n", i, r, r, r)
	}
	bad := "a\xffb\xc3\x28c\xe2\x82d\xf0\x9f\x99e\xed\xa0\x80f"
	for i, r := range bad {
		fmt.Printf("%2d %#x %q\n", i, r, r)
	}
	count := 0
	for range bad {
		count++
	}
	fmt.Println("runes:", count, "bytes:", len(bad))
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var last rune
	for _, last = range "xyz✓" {
	}
	fmt.Println(string(last), last)
	runes := []rune(bad)
	fmt.Println(len(runes), runes)
	fmt.Println(string(runes) == bad, len(string(runes)))
	over := "\xf4\x90\x80\x80" // beyond U+10FFFF
	for i, r := range over {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	overlong := "\xc0\xaf\xe0\x80\xaf"
	for i, r := range overlong {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	// reverse by runes
	in := "Hello, 世界!"
	rs := []rune(in)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs))
}
