// run

package main

import "fmt"

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func djb2(s string) uint32 {
	var h uint32 = 5381
	for _, c := range []byte(s) {
		h = h<<5 + h + uint32(c)
	}
	return h
}

func adler32(s string) uint32 {
	var a, b uint32 = 1, 0
	for i := 0; i < len(s); i++ {
		a = (a + uint32(s[i])) % 65521
		b = (b + a) % 65521
	}
	return b<<16 | a
}

func crc32(s string) uint32 {
	crc := ^uint32(0)
	for i := 0; i < len(s); i++ {
		crc ^= uint32(s[i])
		for k := 0; k < 8; k++ {
			if crc&1 == 1 {
				crc = crc>>1 ^ 0xEDB88320
			} else {
				crc >>= 1
			}
		}
	}
	return ^crc
}

func main() {
	words := []string{"", "a", "golite", "hello, world", "The quick brown fox jumps over the lazy dog", "日本語"}
	for _, w := range words {
		fmt.Printf("%-45q fnv32=%08x fnv64=%016x\n", w, fnv32(w), fnv64(w))
		fmt.Printf("%45s djb2=%d adler=%08x crc=%08x\n", "", djb2(w), adler32(w), crc32(w))
	}
	var h int32 = 0
	for _, c := range "Java-style string hash with int32 wrap" {
		h = 31*h + int32(c)
	}
	fmt.Println("java hash:", h)
	// murmur-style finaliser on a few keys
	for k := uint64(0); k < 8; k++ {
		x := k * 0x9E3779B97F4A7C15
		x ^= x >> 33
		x *= 0xff51afd7ed558ccd
		x ^= x >> 33
		x *= 0xc4ceb9fe1a85ec53
		x ^= x >> 33
		fmt.Printf("mix(%d) = %#016x %d\n", k, x, x%97)
	}
}
