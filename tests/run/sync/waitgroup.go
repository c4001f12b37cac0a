// run

package main

import (
	"fmt"
	"sort"
	"sync"
)

// sync.WaitGroup: Add before starting, Done in each goroutine (often
// deferred), Wait until the counter is zero; a WaitGroup can be reused.

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var names []string
	for _, n := range []string{"delta", "alpha", "charlie", "bravo"} {
		wg.Add(1)
		go func(n string) {
			defer wg.Done()
			mu.Lock()
			names = append(names, n)
			mu.Unlock()
		}(n)
	}
	wg.Wait()
	sort.Strings(names)
	fmt.Println(names)

	// Add(n) once for n goroutines.
	results := make([]int, 10)
	wg.Add(len(results))
	for i := range results {
		go func(i int) {
			results[i] = i * i
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	// Wait with a zero counter returns at once.
	var empty sync.WaitGroup
	empty.Wait()
	fmt.Println("zero wait returned")

	// Several goroutines waiting on the same WaitGroup are all released.
	var gate sync.WaitGroup
	gate.Add(1)
	released := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func(i int) {
			gate.Wait()
			released <- i
		}(i)
	}
	gate.Done()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-released
	}
	fmt.Println("released waiters, id sum:", sum)

	// Nested: goroutines that start goroutines, all tracked by one group.
	var tree sync.WaitGroup
	var count int64
	var cmu sync.Mutex
	var spawn func(depth int)
	spawn = func(depth int) {
		defer tree.Done()
		cmu.Lock()
		count++
		cmu.Unlock()
		if depth > 0 {
			tree.Add(2)
			go spawn(depth - 1)
			go spawn(depth - 1)
		}
	}
	tree.Add(1)
	go spawn(6)
	tree.Wait()
	fmt.Println("goroutines in tree:", count)

	// A negative counter panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var bad sync.WaitGroup
		bad.Add(1)
		bad.Done()
		bad.Done()
	}()
}
