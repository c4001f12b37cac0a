// run

// Linked structures churned by several goroutines while another one keeps
// calling runtime.GC: every list must stay intact (a collector that frees
// something still reachable corrupts the sums).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	next *node
	val  int
	pad  []int
}

type tree struct {
	l, r *tree
	v    int
}

func build(d int) *tree {
	if d == 0 {
		return &tree{v: 1}
	}
	return &tree{build(d - 1), build(d - 1), 1}
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.v + t.l.sum() + t.r.sum()
}

func churn(id int, rounds int, out *int) {
	var head *node
	kept := build(8)
	total := 0
	for r := 0; r < rounds; r++ {
		for i := 0; i < 200; i++ {
			head = &node{next: head, val: i, pad: make([]int, i%7)}
		}
		// drop half of the list, keep the rest
		n := 0
		for p := head; p != nil && n < 100; p = p.next {
			n++
			if n == 100 {
				p.next = nil
			}
		}
		s := 0
		for p := head; p != nil; p = p.next {
			s += p.val + len(p.pad)
		}
		total += s
		if r%10 == 0 {
			kept = build(6 + r%3)
		}
		total += kept.sum()
	}
	*out = total
}

func main() {
	const workers = 4
	results := make([]int, workers)
	var wg sync.WaitGroup
	stop := make(chan bool)
	gcdone := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-stop:
				gcdone <- n
				return
			default:
				runtime.GC()
				n++
				runtime.Gosched()
			}
		}
	}()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			churn(w, 60, &results[w])
		}(w)
	}
	wg.Wait()
	close(stop)
	n := <-gcdone
	fmt.Println(results, n > 0)
}
