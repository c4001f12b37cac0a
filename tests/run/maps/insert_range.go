// run

package main

import "fmt"

func main() {
	// inserting during range: each original key is produced exactly once;
	// inserted keys may or may not be; afterwards all are present
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	orig, added, dup := 0, 0, 0
	seen := map[int]int{}
	for k := range m {
		seen[k]++
		if seen[k] > 1 {
			dup++
		}
		if k < 100 {
			orig++
			// enough inserts to force growth during the iteration
			for j := 0; j < 10; j++ {
				m[1000+k*10+j] = k
				added++
			}
		}
	}
	fmt.Println(orig, added, dup, len(m), len(seen) >= 100, len(seen) <= 1100)
	sum := 0
	for k, v := range m {
		if k >= 1000 {
			if v != (k-1000)/10 {
				fmt.Println("bad", k, v)
			}
			sum += v
		}
	}
	fmt.Println(sum)

	// a small map that grows from 1 bucket while being ranged
	s := map[string]int{"a": 1}
	visitedA := 0
	n := 0
	for k := range s {
		if k == "a" {
			visitedA++
		}
		n++
		if n < 200 {
			s[fmt.Sprint("k", n)] = n
		}
	}
	fmt.Println(visitedA, len(s) >= 2, n >= 1)

	// updating values during range: each key once, every update kept
	u := map[int]int{}
	for i := 0; i < 500; i++ {
		u[i] = i
	}
	cnt := 0
	for k, v := range u {
		u[k] = v * 2
		cnt++
	}
	tot := 0
	for _, v := range u {
		tot += v
	}
	fmt.Println(cnt, tot, len(u))

	// the range value is a copy taken when the key is produced
	p := map[string][2]int{"x": {1, 2}}
	for k, v := range p {
		p[k] = [2]int{9, 9}
		fmt.Println(v)
	}
	fmt.Println(p)

	// insert and delete the same keys during range
	q := map[int]bool{}
	for i := 0; i < 50; i++ {
		q[i] = true
	}
	for k := range q {
		q[k+100] = true
		delete(q, k+100)
	}
	fmt.Println(len(q))
}
