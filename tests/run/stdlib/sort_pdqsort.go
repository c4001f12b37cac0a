// run

// sort.Sort and sort.Slice are Go 1.19's pattern-defeating quicksort: with
// many equal keys, the order the equal elements end up in, and the number of
// Less and Swap calls, must be exactly go's.

package main

import (
	"fmt"
	"sort"
)

type item struct {
	key, id int
}

type counted struct {
	s           []item
	less, swaps int
}

func (c *counted) Len() int { return len(c.s) }
func (c *counted) Less(i, j int) bool {
	c.less++
	return c.s[i].key < c.s[j].key
}
func (c *counted) Swap(i, j int) {
	c.swaps++
	c.s[i], c.s[j] = c.s[j], c.s[i]
}

var seed uint32 = 12345

func next() int {
	seed = seed*1103515245 + 12345
	return int(seed >> 8)
}

func gen(n, mod int, pattern string) []item {
	s := make([]item, n)
	for i := range s {
		var k int
		switch pattern {
		case "random":
			k = next() % mod
		case "sorted":
			k = i / 3
		case "reversed":
			k = (n - i) / 2
		case "sawtooth":
			k = i % mod
		case "organpipe":
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		case "almost":
			k = i
			if i%37 == 5 {
				k = next() % n
			}
		case "equal":
			k = 7
		}
		s[i] = item{k, i}
	}
	return s
}

func ids(s []item) string {
	h := uint32(2166136261)
	for _, it := range s {
		h = (h ^ uint32(it.id)) * 16777619
		h = (h ^ uint32(it.key)) * 16777619
	}
	return fmt.Sprintf("%08x", h)
}

func main() {
	patterns := []string{"random", "sorted", "reversed", "sawtooth", "organpipe", "almost", "equal"}
	for _, n := range []int{5, 12, 13, 30, 49, 50, 51, 100, 257, 1000, 4000} {
		for _, p := range patterns {
			for _, mod := range []int{3, 50, 1000000} {
				if mod != 3 && p != "random" && p != "sawtooth" {
					continue
				}
				data := gen(n, mod, p)
				c := &counted{s: append([]item(nil), data...)}
				sort.Sort(c)
				s2 := append([]item(nil), data...)
				sort.Slice(s2, func(i, j int) bool { return s2[i].key < s2[j].key })
				ok := sort.IsSorted(c) && ids(c.s) == ids(s2)
				fmt.Printf("n=%d %s/%d: less=%d swaps=%d order=%s same=%v\n", n, p, mod, c.less, c.swaps, ids(c.s), ok)
			}
		}
	}
	small := gen(20, 4, "random")
	sort.Slice(small, func(i, j int) bool { return small[i].key < small[j].key })
	fmt.Println(small)
	rev := gen(60, 5, "random")
	sort.Sort(sort.Reverse(&counted{s: rev}))
	fmt.Println(rev)
}
