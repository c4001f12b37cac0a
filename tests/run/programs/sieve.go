// run

package main

import "fmt"

func main() {
	const N = 10000
	composite := make([]bool, N+1)
	var primes []int
	for i := 2; i <= N; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= N; j += i {
			composite[j] = true
		}
	}
	fmt.Println(len(primes), "primes below", N)
	for i, p := range primes {
		fmt.Printf("%6d", p)
		if i%10 == 9 {
			fmt.Println()
		}
	}
	fmt.Println()
	// twin primes and gaps
	twins, maxGap, gapAt := 0, 0, 0
	for i := 1; i < len(primes); i++ {
		g := primes[i] - primes[i-1]
		if g == 2 {
			twins++
		}
		if g > maxGap {
			maxGap, gapAt = g, primes[i-1]
		}
	}
	fmt.Println("twins", twins, "max gap", maxGap, "after", gapAt)
}
