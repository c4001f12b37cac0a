// run

// Concatenations and string([]byte) conversions whose results do not escape
// are built in a 32-byte frame slot (go's tmpBuf); longer ones, and those
// that escape, on the heap. Each iteration must see its own value.
package main

import "fmt"

var kept []string

func key(b []byte, i int) string {
	return string(b[:i]) // escapes: returned
}

func main() {
	m := map[string]int{"a": 1, "ab": 2, "abc": 3, "abcd": 4}
	b := []byte("abcdefghijklmnopqrstuvwxyz0123456789ABCDEF")
	sum := 0
	for i := 0; i < 40; i++ {
		sum += m[string(b[:i%5])] // a lookup only
		s := string(b[i%4 : i%4+3])
		t := s + "-" + s // short: in the frame
		if len(t) != 7 || t[:3] != s || t[4:] != s {
			panic("bad concat " + t)
		}
		u := t + string(b) // longer than 32 bytes: the heap
		if u[7:] != string(b) {
			panic("bad long concat")
		}
		if i%10 == 0 {
			kept = append(kept, s+"!") // escapes
		}
		sum += len(u)
	}
	x := key(b, 3)
	y := key(b, 5)
	fmt.Println(sum, kept, x, y)
}
