// run

package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func isqrt(n int) int {
	x := n
	y := (x + 1) / 2
	for y < x {
		x = y
		y = (x + n/x) / 2
	}
	return x
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462), gcd(1<<40, 6<<20))
	best, bestN := 0, 0
	for i := 1; i < 10000; i++ {
		if s := collatz(i); s > best {
			best, bestN = s, i
		}
	}
	fmt.Println("longest collatz below 10000:", bestN, best)
	for _, e := range []uint64{0, 1, 10, 100, 1000000} {
		fmt.Println("3^", e, "mod 1e9+7 =", powmod(3, e, 1000000007))
	}
	for _, n := range []int{0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 1 << 40, 999999999999} {
		fmt.Print(isqrt(n), " ")
	}
	fmt.Println()
	// fibonacci
	a, b := 0, 1
	for i := 0; i < 90; i++ {
		a, b = b, a+b
	}
	fmt.Println("fib(90) =", a)
	// perfect numbers
	for n := 2; n < 10000; n++ {
		s := 1
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				s += d
				if d*d != n {
					s += n / d
				}
			}
		}
		if s == n {
			fmt.Println("perfect:", n)
		}
	}
	// binomial row
	row := []int{1}
	for i := 0; i < 12; i++ {
		next := make([]int, len(row)+1)
		next[0], next[len(row)] = 1, 1
		for j := 1; j < len(row); j++ {
			next[j] = row[j-1] + row[j]
		}
		row = next
	}
	fmt.Println(row)
}
