// run

package main

import (
	"fmt"
	"strconv"
)

type Key struct {
	A int32
	B string
}

func main() {
	// grow through many doublings from the empty map
	const N = 200000
	m := map[int]int{}
	for i := 0; i < N; i++ {
		m[i*7919] = i
	}
	sumK, sumV := 0, 0
	for k, v := range m {
		sumK += k
		sumV += v
	}
	fmt.Println(len(m), sumK, sumV)
	miss := 0
	for i := 0; i < N; i++ {
		if m[i*7919] != i {
			miss++
		}
	}
	fmt.Println("miss", miss, m[7919*(N-1)], m[1])

	// delete most, verify the rest
	for i := 0; i < N; i++ {
		if i%10 != 3 {
			delete(m, i*7919)
		}
	}
	sumK, sumV = 0, 0
	for k, v := range m {
		sumK += k
		sumV += v
	}
	fmt.Println(len(m), sumK, sumV)
	// refill after deletions (reuses emptied slots, may grow same-size)
	for i := 0; i < N; i += 2 {
		m[i*7919] = -i
	}
	sumV = 0
	for _, v := range m {
		sumV += v
	}
	fmt.Println(len(m), sumV)

	// churn: insert and delete in a sliding window, the map stays small
	// while the total number of keys ever seen is large
	c := map[int]int{}
	for i := 0; i < 300000; i++ {
		c[i] = i
		if i >= 100 {
			delete(c, i-100)
		}
	}
	sum := 0
	for k := range c {
		sum += k
	}
	fmt.Println(len(c), sum)

	// string keys
	s := make(map[string]int)
	for i := 0; i < 50000; i++ {
		s["key-"+strconv.Itoa(i)] = i
	}
	total := 0
	for k, v := range s {
		n, _ := strconv.Atoi(k[4:])
		if n != v {
			fmt.Println("bad", k, v)
		}
		total += v
	}
	fmt.Println(len(s), total)
	for i := 0; i < 50000; i++ {
		if i%100 != 0 {
			delete(s, "key-"+strconv.Itoa(i))
		}
	}
	total = 0
	for _, v := range s {
		total += v
	}
	fmt.Println(len(s), total, s["key-49900"], s["key-49901"])

	// struct keys with a made hint, through growth past the hint
	st := make(map[Key][]int, 1000)
	for i := 0; i < 30000; i++ {
		k := Key{int32(i % 3000), strconv.Itoa(i % 7)}
		st[k] = append(st[k], i)
	}
	cnt := 0
	for _, v := range st {
		cnt += len(v)
	}
	fmt.Println(len(st), cnt, st[Key{5, "5"}], st[Key{6, "5"}])

	// delete everything, then the map is empty but usable
	for k := range st {
		delete(st, k)
	}
	st[Key{1, "x"}] = []int{1}
	fmt.Println(len(st), st)

	// len after deletes
	d := map[int]bool{}
	for i := 0; i < 1000; i++ {
		d[i] = true
	}
	for i := 0; i < 1000; i += 3 {
		delete(d, i)
		delete(d, i) // twice: no effect
	}
	fmt.Println(len(d))
}
