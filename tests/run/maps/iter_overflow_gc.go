// run

// A map of pointer-free keys and values (its buckets are not scanned; its
// overflow buckets are kept alive by a list) ranged over while inserts add
// overflow buckets, grow the map and collections run: the iteration must
// keep the overflow buckets it may still walk, each original key comes
// once, and every value survives.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	m := make(map[int64]int64)
	for i := int64(0); i < 2000; i++ {
		m[i*64] = i // keys that collide in the low bits: overflow buckets
	}
	seen := make(map[int64]bool)
	dup, n := 0, int64(0)
	for k := range m {
		if seen[k] {
			dup++
		}
		seen[k] = true
		if k < 2000*64 && k%64 == 0 {
			for j := int64(1); j <= 8; j++ {
				m[1<<20+k*8+j] = k // grows the map and its overflow lists
			}
		}
		n++
		if n%100 == 0 {
			runtime.GC()
		}
	}
	bad := 0
	for k, v := range m {
		if k < 1<<20 && v != k/64 {
			bad++
		}
		if k >= 1<<20 && v != (k-1<<20)/8/64*64 {
			bad++
		}
	}
	fmt.Println(len(m), dup, bad)
}
