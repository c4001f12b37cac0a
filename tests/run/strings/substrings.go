// run

package main

import "fmt"

func main() {
	s := "abcdef"
	// every substring by two nested loops
	for i := 0; i <= len(s); i++ {
		for j := i; j <= len(s); j++ {
			fmt.Printf("[%d:%d]=%q ", i, j, s[i:j])
		}
		fmt.Println()
	}
	// slicing in the middle of a multi-byte character gives invalid UTF-8
	u := "héllo"
	fmt.Printf("%q %q %q %q\n", u[:2], u[2:], u[1:3], u[:3])
	for _, r := range u[2:] {
		fmt.Print(r, " ")
	}
	fmt.Println()
	// slices of slices of strings
	t := s[1:5]
	tt := t[1:3]
	fmt.Println(t, tt, tt[1:], len(tt[2:]))
	// omitted bounds
	fmt.Println(s[:], s[3:], s[:3], s[len(s):], s[:0] == "")
	// substring comparison does not care where it came from
	a := "xxhelloxx"[2:7]
	b := "hello"
	fmt.Println(a == b, a < "help", a[1:3] == "el")
	// prefix/suffix check by slicing
	hasPrefix := func(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }
	hasSuffix := func(s, p string) bool { return len(s) >= len(p) && s[len(s)-len(p):] == p }
	for _, w := range []string{"golite", "go", "lite", "", "gopher"} {
		fmt.Println(w, hasPrefix(w, "go"), hasSuffix(w, "lite"))
	}
	// split on a separator by hand
	line := "a,bb,,ccc,"
	start := 0
	var fields []string
	for i := 0; i < len(line); i++ {
		if line[i] == ',' {
			fields = append(fields, line[start:i])
			start = i + 1
		}
	}
	fields = append(fields, line[start:])
	fmt.Printf("%d %q\n", len(fields), fields)
}
