// run

package main

import (
	"fmt"
	"runtime"
)

// Large objects (their own spans) and tiny ones (packed 16-byte blocks)
// come and go; the live ones keep their contents across collections.
func main() {
	var keepBig [][]int64
	var keepTiny []*byte
	var keepStr []string
	for round := 0; round < 20; round++ {
		big := make([]int64, 100000+round)
		for i := range big {
			big[i] = int64(i * round)
		}
		if round%4 == 0 {
			keepBig = append(keepBig, big)
		}
		for i := 0; i < 1000; i++ {
			b := new(byte)
			*b = byte(i)
			if i%100 == 0 {
				keepTiny = append(keepTiny, b)
			}
			s := string(rune('a' + i%26))
			if i%250 == 0 {
				keepStr = append(keepStr, s+s)
			}
		}
		runtime.GC()
	}
	var sb int64
	for _, b := range keepBig {
		sb += b[len(b)-1]
	}
	st := 0
	for _, b := range keepTiny {
		st += int(*b)
	}
	fmt.Println(len(keepBig), sb, len(keepTiny), st, keepStr[:8])
}
