// run

// math/rand's Rand over sources made by NewSource, and over a Source of the
// program's own (which is not a Source64, so Uint64 combines two Int63s).

package main

import (
	"fmt"
	"math/rand"
)

type counter struct {
	n     int64
	seeds []int64
}

func (c *counter) Int63() int64 {
	c.n += 0x123456789
	return c.n & (1<<63 - 1)
}

func (c *counter) Seed(seed int64) {
	c.seeds = append(c.seeds, seed)
	c.n = seed
}

func main() {
	for _, seed := range []int64{0, 1, -1, 42, 89482311, 1<<31 - 1, -(1 << 31), 1<<63 - 1, -1 << 63} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Uint64(), r.Intn(1000), r.Float64())
	}

	src := rand.NewSource(99)
	fmt.Println(src.Int63(), src.Int63())
	s64, ok := src.(rand.Source64)
	fmt.Println(ok, s64.Uint64())
	src.Seed(99)
	fmt.Println(src.Int63())

	// Two generators from the same seed agree; Seed restarts one.
	r1 := rand.New(rand.NewSource(7))
	r2 := rand.New(rand.NewSource(7))
	for i := 0; i < 3; i++ {
		fmt.Print(r1.Int31() == r2.Int31(), " ")
	}
	r1.Seed(7)
	fmt.Println(r1.Int31(), rand.New(rand.NewSource(7)).Int31())

	// Read keeps the unused bytes of the last Int63 until Seed.
	r := rand.New(rand.NewSource(5))
	b := make([]byte, 3)
	r.Read(b)
	fmt.Println(b)
	r.Read(b)
	fmt.Println(b)
	r.Seed(5)
	r.Read(b)
	fmt.Println(b)

	// A Source that is not a Source64.
	c := &counter{}
	cr := rand.New(c)
	fmt.Println(cr.Int63(), cr.Uint32(), cr.Uint64(), cr.Int31n(10), cr.Intn(1000), cr.Float64())
	cr.Seed(1000)
	fmt.Println(cr.Int63(), c.seeds)
	cb := make([]byte, 9)
	cr.Read(cb)
	fmt.Println(cb)

	// Perm and Shuffle on a private generator.
	pr := rand.New(rand.NewSource(2022))
	fmt.Println(pr.Perm(20))
	deck := make([]int, 52)
	for i := range deck {
		deck[i] = i
	}
	pr.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	fmt.Println(pr.Int31n(1<<31-1), pr.Int63n(1<<62+3), pr.Float32())
}
