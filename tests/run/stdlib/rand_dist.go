// run

// math/rand's non-uniform distributions: NormFloat64 and ExpFloat64 (Go's
// ziggurat tables) and Zipf, from the default Source and from a private one.

package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
	}
	r := rand.New(rand.NewSource(3))
	sumN, sumE := 0.0, 0.0
	for i := 0; i < 10000; i++ {
		sumN += r.NormFloat64()
		sumE += r.ExpFloat64()
	}
	fmt.Println(sumN, sumE)

	z := rand.NewZipf(r, 1.5, 2, 1000)
	for i := 0; i < 20; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	fmt.Println(rand.NewZipf(r, 1, 2, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	z2 := rand.NewZipf(rand.New(rand.NewSource(11)), 3, 1, 5)
	var counts [6]int
	for i := 0; i < 1000; i++ {
		counts[z2.Uint64()]++
	}
	fmt.Println(counts)
}
