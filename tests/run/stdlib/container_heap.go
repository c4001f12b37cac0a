// run

// container/heap: an int heap and a priority queue with Fix and Remove,
// as in Go's examples, plus heap sort and the exact element order after
// Init, Push and Pop.

package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

func (h *IntHeap) Push(x any) { *h = append(*h, x.(int)) }

func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }

func (pq PriorityQueue) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}

func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq *PriorityQueue) Push(x any) {
	n := len(*pq)
	item := x.(*Item)
	item.index = n
	*pq = append(*pq, item)
}

func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

func (pq *PriorityQueue) update(item *Item, value string, priority int) {
	item.value = value
	item.priority = priority
	heap.Fix(pq, item.index)
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 7}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, 0)
	heap.Push(h, 6)
	fmt.Println(*h, (*h)[0])
	fmt.Println(heap.Remove(h, 3), *h)
	(*h)[2] = -5
	heap.Fix(h, 2)
	fmt.Println(*h)
	(*h)[0] = 100
	heap.Fix(h, 0)
	fmt.Println(*h)
	var out []string
	for h.Len() > 0 {
		out = append(out, fmt.Sprint(heap.Pop(h)))
	}
	fmt.Println(strings.Join(out, " "))

	// Heap sort of a larger sequence.
	var seed uint32 = 1
	hs := &IntHeap{}
	for i := 0; i < 200; i++ {
		seed = seed*1664525 + 1013904223
		heap.Push(hs, int(seed>>20)%500)
	}
	prev, ok := -1, true
	sum := 0
	for hs.Len() > 0 {
		v := heap.Pop(hs).(int)
		if v < prev {
			ok = false
		}
		prev = v
		sum += v
	}
	fmt.Println(ok, sum)

	// The priority queue of Go's documentation example.
	names := []string{"banana", "apple", "pear"}
	prios := []int{3, 2, 4}
	pq := make(PriorityQueue, len(names))
	for i := range names {
		pq[i] = &Item{value: names[i], priority: prios[i], index: i}
	}
	heap.Init(&pq)
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	pq.update(item, item.value, 5)
	removed := heap.Remove(&pq, pq[len(pq)-1].index).(*Item)
	fmt.Println("removed", removed.value, removed.index)
	for pq.Len() > 0 {
		item := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", item.priority, item.value)
	}
	fmt.Println()
}
