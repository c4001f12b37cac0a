// run

package main

import "fmt"

var crcTable [256]uint32
var squares []int
var primes = sieve(100)
var isPrime [101]bool
var fibs = func() (f [20]uint64) {
	f[0], f[1] = 0, 1
	for i := 2; i < len(f); i++ {
		f[i] = f[i-1] + f[i-2]
	}
	return
}()

func sieve(n int) []int {
	comp := make([]bool, n+1)
	var out []int
	for i := 2; i <= n; i++ {
		if !comp[i] {
			out = append(out, i)
			for j := i * i; j <= n; j += i {
				comp[j] = true
			}
		}
	}
	return out
}

func init() {
	for i := range crcTable {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 != 0 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func init() {
	for i := 0; i < 12; i++ {
		squares = append(squares, i*i)
	}
	for _, p := range primes {
		isPrime[p] = true
	}
}

func crc32(s string) uint32 {
	c := ^uint32(0)
	for i := 0; i < len(s); i++ {
		c = crcTable[byte(c)^s[i]] ^ (c >> 8)
	}
	return ^c
}

func main() {
	fmt.Printf("%08x %08x %08x\n", crcTable[1], crcTable[128], crcTable[255])
	for _, s := range []string{"", "a", "abc", "hello world"} {
		fmt.Printf("crc32(%q) = %08x\n", s, crc32(s))
	}
	fmt.Println(squares)
	fmt.Println(len(primes), primes[len(primes)-1])
	n := 0
	for i, p := range isPrime {
		if p && i > 80 {
			fmt.Print(i, " ")
			n++
		}
	}
	fmt.Println(n)
	fmt.Println(fibs)
}
