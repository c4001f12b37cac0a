// run

package main

import "fmt"

const Limit = 1000

func main() {
	var composite [Limit + 1]bool
	composite[0], composite[1] = true, true
	for i := 2; i*i <= Limit; i++ {
		if !composite[i] {
			for j := i * i; j <= Limit; j += i {
				composite[j] = true
			}
		}
	}
	var primes []int
	for i, c := range composite {
		if !c {
			primes = append(primes, i)
		}
	}
	fmt.Println(len(primes))
	for i := 0; i < len(primes); i += 15 {
		end := i + 15
		if end > len(primes) {
			end = len(primes)
		}
		fmt.Println(primes[i:end])
	}
	// twin primes
	twins := 0
	for i := 1; i < len(primes); i++ {
		if primes[i]-primes[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs:", twins)
	// digit histogram of primes
	var hist [10]int
	for _, p := range primes {
		hist[p%10]++
	}
	fmt.Println(hist)
	// largest gap
	gap, at := 0, 0
	for i := 1; i < len(primes); i++ {
		if d := primes[i] - primes[i-1]; d > gap {
			gap, at = d, primes[i-1]
		}
	}
	fmt.Println("largest gap", gap, "after", at)
	// goldbach for even numbers
	for n := 4; n <= 40; n += 6 {
		for _, p := range primes {
			if !composite[n-p] {
				fmt.Printf("%d = %d + %d\n", n, p, n-p)
				break
			}
		}
	}
}
