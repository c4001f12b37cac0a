// run

// Types that embed sort.IntSlice or sort.StringSlice and override Less, used
// with sort.Sort, sort.Stable, sort.Reverse and container/heap.

package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type H struct{ sort.IntSlice }

func (h *H) Push(x any) { h.IntSlice = append(h.IntSlice, x.(int)) }
func (h *H) Pop() any {
	n := len(h.IntSlice)
	x := h.IntSlice[n-1]
	h.IntSlice = h.IntSlice[:n-1]
	return x
}

type byLen struct{ sort.StringSlice }

func (b byLen) Less(i, j int) bool { return len(b.StringSlice[i]) < len(b.StringSlice[j]) }

func main() {
	h := &H{sort.IntSlice{5, 3, 9, 1}}
	heap.Init(h)
	heap.Push(h, 0)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	s := byLen{sort.StringSlice{"ccc", "a", "bb", "dddd", "e"}}
	sort.Sort(s)
	fmt.Println(s.StringSlice)
	sort.Stable(sort.Reverse(s))
	fmt.Println(s.StringSlice)
}
