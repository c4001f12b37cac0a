// run

package main

import "fmt"

// 4-byte integer keys take golite's fast32 map paths (as go's
// mapaccess1_fast32): values, growth, deletes, negative keys, runes.

func main() {
	m := map[int32]int{}
	for i := int32(-5000); i < 5000; i++ {
		m[i*3] = int(i)
	}
	for i := int32(-5000); i < 5000; i += 2 {
		delete(m, i*3)
	}
	sum, n := 0, 0
	for k, v := range m {
		sum += int(k) + v
		n++
	}
	fmt.Println(len(m), n, sum, m[-3], m[3], m[6])
	u := map[uint32]string{1 << 31: "high", 0: "zero", 7: "seven"}
	u[1<<31] += "!"
	v, ok := u[8]
	fmt.Println(u, len(v), ok)
	counts := map[rune]int{}
	for _, r := range "hello, wörld" {
		counts[r]++
	}
	fmt.Println(counts)
}
