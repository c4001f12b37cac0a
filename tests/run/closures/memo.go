// run

package main

import "fmt"

func memoize(f func(func(int) int, int) int, size int) func(int) int {
	cache := make([]int, size)
	known := make([]bool, size)
	calls := 0
	var g func(int) int
	g = func(n int) int {
		if n >= 0 && n < size && known[n] {
			return cache[n]
		}
		calls++
		v := f(g, n)
		if n >= 0 && n < size {
			cache[n], known[n] = v, true
		}
		return v
	}
	return func(n int) int {
		before := calls
		v := g(n)
		fmt.Printf("  (%d new calls)\n", calls-before)
		return v
	}
}

func main() {
	fib := memoize(func(self func(int) int, n int) int {
		if n < 2 {
			return n
		}
		return self(n-1) + self(n-2)
	}, 100)
	fmt.Println(fib(10))
	fmt.Println(fib(50))
	fmt.Println(fib(90))
	fmt.Println(fib(40))
	// number of ways to climb stairs with steps 1,2,3
	ways := memoize(func(self func(int) int, n int) int {
		if n < 0 {
			return 0
		}
		if n == 0 {
			return 1
		}
		return self(n-1) + self(n-2) + self(n-3)
	}, 64)
	fmt.Println(ways(30))
	// catalan numbers
	cat := memoize(func(self func(int) int, n int) int {
		if n <= 1 {
			return 1
		}
		s := 0
		for i := 0; i < n; i++ {
			s += self(i) * self(n-1-i)
		}
		return s
	}, 32)
	fmt.Println(cat(15))
	// partition count
	p := memoize(func(self func(int) int, n int) int {
		if n == 0 {
			return 1
		}
		// Euler's pentagonal recurrence
		s := 0
		for k := 1; ; k++ {
			g1 := k * (3*k - 1) / 2
			g2 := k * (3*k + 1) / 2
			if g1 > n {
				break
			}
			sign := 1
			if k%2 == 0 {
				sign = -1
			}
			s += sign * self(n-g1)
			if g2 <= n {
				s += sign * self(n-g2)
			}
		}
		return s
	}, 200)
	fmt.Println(p(100))
	fmt.Println(p(150))
}
