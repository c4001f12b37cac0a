// run

package main

import "fmt"

func steps(n uint64) (int, uint64) {
	count := 0
	peak := n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		if n > peak {
			peak = n
		}
		count++
	}
	return count, peak
}

func main() {
	for n := uint64(1); n <= 30; n++ {
		s, p := steps(n)
		fmt.Printf("%3d: %3d steps, peak %d\n", n, s, p)
	}
	// sequence for 27
	n := 27
	line := 0
	for n != 1 {
		fmt.Printf("%5d", n)
		line++
		if line%15 == 0 {
			fmt.Println()
		}
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
	}
	fmt.Println("    1")
	// longest chain below 100000 with a small cache
	const limit = 100000
	cache := make([]int32, limit)
	best, bestN := 0, 0
	for start := 1; start < limit; start++ {
		x := uint64(start)
		c := 0
		for x != 1 {
			if x < limit && cache[x] != 0 {
				c += int(cache[x])
				break
			}
			if x%2 == 0 {
				x /= 2
			} else {
				x = 3*x + 1
			}
			c++
		}
		cache[start] = int32(c)
		if c > best {
			best, bestN = c, start
		}
	}
	fmt.Println("longest below", limit, ":", bestN, "with", best, "steps")
}
