// run

// math/rand's default Source: without a call to Seed it is seeded with 1 in
// Go 1.19, so every top-level function yields go's exact sequence.

package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Int63(), rand.Uint32(), rand.Uint64(), rand.Int31(), rand.Int())
	for _, n := range []int{1, 2, 3, 10, 64, 100, 1000, 1 << 30, 1<<31 - 1, 1 << 31, 1<<31 + 1, 1 << 40, 1e18} {
		fmt.Print(rand.Intn(n), " ")
	}
	fmt.Println()
	for _, n := range []int32{1, 7, 8, 1000, 1<<31 - 1} {
		fmt.Print(rand.Int31n(n), " ")
	}
	fmt.Println()
	for _, n := range []int64{1, 5, 1 << 62, 1<<63 - 1, 123456789012345} {
		fmt.Print(rand.Int63n(n), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Print(rand.Float64(), " ", rand.Float32(), " ")
	}
	fmt.Println()
	fmt.Println(rand.Perm(0), rand.Perm(1), rand.Perm(15))
	s := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	rand.Shuffle(0, func(i, j int) { panic("no swap expected") })
	b := make([]byte, 13)
	n, err := rand.Read(b)
	fmt.Println(n, err, b)
	n, err = rand.Read(b[:5])
	fmt.Println(n, err, b[:5])

	// A histogram of many draws: the whole stream must agree.
	var hist [10]int
	sum := uint64(0)
	for i := 0; i < 100000; i++ {
		hist[rand.Intn(10)]++
		sum += rand.Uint64() >> 20
	}
	fmt.Println(hist, sum)

	// Seed restarts the sequence; values with the same remainder modulo
	// 2^31-1 are the same seed.
	rand.Seed(1)
	a := rand.Int63()
	rand.Seed(1 + (1<<31 - 1))
	fmt.Println(a, rand.Int63())
	rand.Seed(42)
	fmt.Println(rand.Int(), rand.Intn(1000), rand.Float64())
}
