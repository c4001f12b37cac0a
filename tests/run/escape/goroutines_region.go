// run

// Goroutines each with their own frame region, under GC: values held only
// by frame allocations must stay alive.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	next *node
	val  int
}

func build(n int) int {
	head := node{val: -1} // stays in the frame, points into the heap
	for i := 0; i < n; i++ {
		head.next = &node{next: head.next, val: i} // escapes: stored through head
	}
	runtime.GC()
	s := 0
	for p := head.next; p != nil; p = p.next {
		s += p.val
	}
	return s
}

func main() {
	var wg sync.WaitGroup
	res := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 20; r++ {
				res[g] += build(200 + g)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(res)
}
