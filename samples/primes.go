// run

// The sieve of Eratosthenes, and FizzBuzz.
package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func fizzbuzz(i int) string {
	switch {
	case i%15 == 0:
		return "FizzBuzz"
	case i%3 == 0:
		return "Fizz"
	case i%5 == 0:
		return "Buzz"
	}
	return fmt.Sprint(i)
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), "primes below 100:")
	fmt.Println(ps)
	fmt.Println("the 10000th prime is", sieve(105000)[9999])
	for i := 1; i <= 15; i++ {
		fmt.Print(fizzbuzz(i), " ")
	}
	fmt.Println()
}
