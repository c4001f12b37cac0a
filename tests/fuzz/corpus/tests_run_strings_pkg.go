// run

package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "The quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.ContainsRune(s, 'z'), strings.ContainsAny(s, "xyz"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.Index(s, "cat"), strings.IndexByte(s, 'q'), strings.IndexRune(s, 'j'))
	fmt.Println(strings.Count(s, "o"), strings.Count(s, ""), strings.Count("cheese", "e"))
	fmt.Println(strings.HasPrefix(s, "The"), strings.HasSuffix(s, "dog"), strings.HasPrefix(s, "the"))
	fmt.Println(strings.ToUpper(s))
	fmt.Println(strings.ToLower("MiXeD CaSe ÄÖÜ"))
	words := strings.Fields("  lots   of\tspace \n here  ")
	fmt.Println(len(words), words)
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitAfter("a.b.c", "."))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","))
	fmt.Println(strings.Repeat("ab", 5), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  \t hi there \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabbcc", "ab"))
	fmt.Printf("%q %q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"), strings.TrimRight("hello!!!", "!"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, s))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexByte("golang", 'g'), strings.IndexFunc("abc123", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Title("hello world"), strings.ToTitle("abc"))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333d", func(r rune) bool { return r >= '0' && r <= '9' }))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep.Replace("a < b && c > d"))
}
