// run

// sort.Stable and sort.SliceStable keep equal elements in their original
// order (Go's insertion sort plus SymMerge); the call counts are go's.

package main

import (
	"fmt"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type counter struct {
	byAge
	less, swaps int
}

func (c *counter) Less(i, j int) bool { c.less++; return c.byAge.Less(i, j) }
func (c *counter) Swap(i, j int)      { c.swaps++; c.byAge.Swap(i, j) }
func (c *counter) Len() int           { return c.byAge.Len() }

func main() {
	people := []person{
		{"Alice", 25}, {"Bob", 30}, {"Carol", 25}, {"Dave", 20}, {"Eve", 30},
		{"Frank", 20}, {"Grace", 25}, {"Heidi", 35}, {"Ivan", 20}, {"Judy", 30},
	}
	p1 := append([]person(nil), people...)
	sort.Stable(byAge(p1))
	fmt.Println(p1)
	p2 := append([]person(nil), people...)
	sort.SliceStable(p2, func(i, j int) bool { return p2[i].age > p2[j].age })
	fmt.Println(p2)
	fmt.Println(sort.SliceIsSorted(p2, func(i, j int) bool { return p2[i].age > p2[j].age }),
		sort.SliceIsSorted(p2, func(i, j int) bool { return p2[i].age < p2[j].age }))

	// Stable sort by length of words, then a larger input with counts.
	words := strings.Fields("the quick brown fox jumps over the lazy dog and then some more words to sort by length")
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)

	var seed uint32 = 7
	for _, n := range []int{19, 20, 21, 40, 41, 100, 1000} {
		big := make([]person, n)
		for i := range big {
			seed = seed*1664525 + 1013904223
			big[i] = person{fmt.Sprintf("%04d", i), int(seed>>24) % 10}
		}
		c := &counter{byAge: big}
		sort.Stable(c)
		ok := true
		for i := 1; i < n; i++ {
			a, b := big[i-1], big[i]
			if a.age > b.age || a.age == b.age && a.name > b.name {
				ok = false
			}
		}
		fmt.Println(n, c.less, c.swaps, ok, big[0], big[n-1])
	}
}
