// run

// Attacks: string([]byte) conversions that do not escape (go: a 32-byte
// frame buffer, golite: a frame slot) fed to a concatenation whose result
// escapes. go's concatstrings returns an operand unchanged when the others
// are empty only if its data is not on the stack; an operand in the frame
// must be copied, or the result outlives it (or is overwritten by the next
// conversion at the same site, inside a loop).
package main

import "fmt"

// clobber's frame allocation reuses the memory released frames had.
func clobber(n int) (s int) {
	var a [64]int
	p := &a
	for i := range p {
		p[i] = n*1000 + i
		s += p[i]
	}
	return
}

func suffix(b []byte, s string) string { return string(b) + s }
func prefix(s string, b []byte) string { return s + string(b) }
func runes(s string, r []rune) string  { return s + string(r) }

func join(parts [][]byte) string {
	s := ""
	for _, p := range parts {
		s = s + string(p) // s is "" on the first iteration
	}
	return s
}

func both(a, b []byte) string {
	x := string(a) + string(b) // does not escape: a frame buffer too
	return x + ""
}

type rec struct{ name string }

func fill(r *rec, b []byte) { r.name = string(b) + "" }

func main() {
	s1 := suffix([]byte("hello, world"), "")
	s2 := prefix("", []byte("the prefix was empty"))
	s3 := runes("", []rune("runes, runes"))
	s4 := join([][]byte{[]byte("ab"), []byte("cd"), []byte("ef")})
	s5 := both([]byte("left+"), []byte("right"))
	var r rec
	fill(&r, []byte("stored in a struct"))
	clobber(1)
	fmt.Printf("%q %q %q\n", s1, s2, s3)
	fmt.Printf("%q %q %q\n", s4, s5, r.name)
}
