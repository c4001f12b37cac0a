// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	Name     string
	Priority int
}

// PQ is a binary min-heap implemented by hand on top of sort.Interface methods.
type PQ []Item

func (q PQ) Len() int { return len(q) }
func (q PQ) Less(i, j int) bool {
	return q[i].Priority < q[j].Priority || (q[i].Priority == q[j].Priority && q[i].Name < q[j].Name)
}
func (q PQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(it Item) {
	*q = append(*q, it)
	up(*q, len(*q)-1)
}
func (q *PQ) Pop() Item {
	old := *q
	n := len(old) - 1
	old.Swap(0, n)
	down(old[:n], 0)
	it := old[n]
	*q = old[:n]
	return it
}

func up(h sort.Interface, j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !h.Less(j, i) {
			break
		}
		h.Swap(i, j)
		j = i
	}
}

func down(h sort.Interface, i int) {
	n := h.Len()
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		j := l
		if r := l + 1; r < n && h.Less(r, l) {
			j = r
		}
		if !h.Less(j, i) {
			return
		}
		h.Swap(i, j)
		i = j
	}
}

type byLenThenAlpha []string

func (s byLenThenAlpha) Len() int      { return len(s) }
func (s byLenThenAlpha) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byLenThenAlpha) Less(i, j int) bool {
	if len(s[i]) != len(s[j]) {
		return len(s[i]) < len(s[j])
	}
	return s[i] < s[j]
}

func main() {
	var q PQ
	tasks := []Item{{"write", 3}, {"test", 2}, {"deploy", 5}, {"plan", 1}, {"review", 2}, {"fix", 1}, {"rest", 9}}
	for _, t := range tasks {
		q.Push(t)
	}
	for q.Len() > 0 {
		it := q.Pop()
		fmt.Printf("%d:%s ", it.Priority, it.Name)
	}
	fmt.Println()
	words := strings.Fields("the quick brown fox jumps over a lazy dog in the sun")
	sort.Sort(byLenThenAlpha(words))
	fmt.Println(words)
	var si sort.Interface = sort.IntSlice{5, 1, 4}
	sort.Sort(si)
	fmt.Println(si, si.Len(), si.Less(0, 1))
	sort.Sort(sort.Reverse(byLenThenAlpha(words)))
	fmt.Println(words)
	fmt.Println(sort.IsSorted(byLenThenAlpha(words)), sort.IsSorted(sort.Reverse(byLenThenAlpha(words))))
	// heap sort of pseudo-random priorities through the PQ
	var h PQ
	x := uint32(12345)
	for i := 0; i < 30; i++ {
		x = x*1103515245 + 12345
		h.Push(Item{fmt.Sprintf("t%02d", i), int(x>>16) % 50})
	}
	prev := -1
	ordered := true
	for row := 0; h.Len() > 0; row++ {
		it := h.Pop()
		if it.Priority < prev {
			ordered = false
		}
		prev = it.Priority
		fmt.Printf("%2d:%s", it.Priority, it.Name)
		if row%6 == 5 {
			fmt.Println()
		} else {
			fmt.Print(" ")
		}
	}
	fmt.Println("ordered:", ordered)
	// sort.Interface values stored in a slice of interfaces
	sorters := []sort.Interface{sort.IntSlice{3, 1, 2}, sort.StringSlice{"b", "a"}, sort.Float64Slice{2.5, -1}, byLenThenAlpha{"ccc", "a", "bb"}}
	for _, s := range sorters {
		sort.Sort(s)
		fmt.Printf("%T %v %d\n", s, s, s.Len())
	}
}
