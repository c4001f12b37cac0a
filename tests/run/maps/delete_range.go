// run

package main

import "fmt"

func fill(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i * 10
	}
	return m
}

func main() {
	// deleting the current key: every key is still visited once
	m := fill(1000)
	seen := map[int]bool{}
	dup := 0
	for k, v := range m {
		if seen[k] {
			dup++
		}
		seen[k] = true
		if v != k*10 {
			fmt.Println("bad value", k, v)
		}
		delete(m, k)
	}
	fmt.Println("delete current:", len(seen), dup, len(m))

	// pairs: the first of a pair visited deletes its partner, which is
	// then never produced, so exactly half are visited
	m = fill(1000)
	visited := 0
	for k := range m {
		visited++
		delete(m, k^1)
	}
	fmt.Println("pairs:", visited, len(m))

	// delete everything at the first step: one key visited
	m = fill(500)
	visited = 0
	for k := range m {
		visited++
		for j := 0; j < 500; j++ {
			if j != k {
				delete(m, j)
			}
		}
	}
	fmt.Println("delete all at first:", visited, len(m))

	// delete several keys per step; count the ones deleted before being
	// visited: visited + deletedEarly == initial size, and no deleted key
	// ever comes out
	const N = 2000
	m = fill(N)
	deleted := map[int]bool{}
	seen = map[int]bool{}
	early, bad := 0, 0
	visited = 0
	for k := range m {
		if deleted[k] || seen[k] {
			bad++
		}
		seen[k] = true
		visited++
		for _, d := range []int{k, (k * 7) % N, (k + 13) % N, (k * k) % N} {
			if _, ok := m[d]; ok {
				delete(m, d)
				deleted[d] = true
				if !seen[d] {
					early++
				}
			}
		}
	}
	fmt.Println("many:", visited+early == N, bad, len(m), len(deleted) == N)

	// clearing via delete-in-range, then reuse
	m = fill(300)
	for k := range m {
		delete(m, k)
	}
	fmt.Println("cleared:", len(m), m)
	for i := 0; i < 5; i++ {
		m[i] = i
	}
	fmt.Println("reused:", len(m), m)

	// delete during a range that has no key variable
	m = fill(64)
	steps := 0
	for range m {
		steps++
		for k := range m {
			delete(m, k)
			break
		}
	}
	fmt.Println("no vars:", steps <= 64, steps >= 32, len(m) == 64-steps)

	// deleting keys that are absent or of another pair, during range, keeps count
	m = fill(100)
	for k := range m {
		delete(m, k+1000)
	}
	fmt.Println("absent deletes:", len(m))

	// string keys, deleting odd-length ones during range
	sm := map[string]int{}
	s := ""
	for i := 0; i < 40; i++ {
		s += "x"
		sm[s] = i
	}
	for k := range sm {
		if len(k)%2 == 1 {
			delete(sm, k)
		}
	}
	sum := 0
	for k, v := range sm {
		sum += len(k)
		_ = v
	}
	fmt.Println("strings:", len(sm), sum)
}
