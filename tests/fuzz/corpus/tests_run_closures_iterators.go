// run

package main

import "fmt"

func rangeIter(lo, hi, step int) func() (int, bool) {
	cur := lo
	return func() (int, bool) {
		if cur >= hi {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func sliceIter(xs []string) func() (string, bool) {
	i := 0
	return func() (string, bool) {
		if i >= len(xs) {
			return "", false
		}
		i++
		return xs[i-1], true
	}
}

func filterIter(next func() (int, bool), pred func(int) bool) func() (int, bool) {
	return func() (int, bool) {
		for {
			v, ok := next()
			if !ok || pred(v) {
				return v, ok
			}
		}
	}
}

func mapIter(next func() (int, bool), f func(int) int) func() (int, bool) {
	return func() (int, bool) {
		v, ok := next()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func take(next func() (int, bool), n int) []int {
	var out []int
	for len(out) < n {
		v, ok := next()
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}

func primes() func() (int, bool) {
	var found []int
	n := 1
	return func() (int, bool) {
		for {
			n++
			isP := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isP = false
					break
				}
			}
			if isP {
				found = append(found, n)
				return n, true
			}
		}
	}
}

func forEach(visit func(func(int) bool)) {
	visit(func(v int) bool {
		fmt.Print(v, " ")
		return v < 30
	})
	fmt.Println()
}

func main() {
	it := rangeIter(0, 10, 3)
	for v, ok := it(); ok; v, ok = it() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	si := sliceIter([]string{"go", "lite", "vm"})
	for {
		s, ok := si()
		if !ok {
			break
		}
		fmt.Print(s, ";")
	}
	fmt.Println()
	odd := filterIter(rangeIter(0, 100, 1), func(x int) bool { return x%2 == 1 })
	sq := mapIter(odd, func(x int) int { return x * x })
	fmt.Println(take(sq, 8))
	fmt.Println(take(sq, 3))
	fmt.Println(take(primes(), 25))
	p := primes()
	var last int
	for i := 0; i < 1000; i++ {
		last, _ = p()
	}
	fmt.Println("1000th prime:", last)
	forEach(func(yield func(int) bool) {
		for i := 1; ; i *= 2 {
			if !yield(i) {
				return
			}
		}
	})
	empty := rangeIter(5, 5, 1)
	fmt.Println(take(empty, 3) == nil)
}
