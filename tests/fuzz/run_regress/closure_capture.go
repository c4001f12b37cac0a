// run

package main

import (
	"fmt"
	"sort"
	"sync"
)

// Goroutines running closures share captured variables with their creator.

func main() {
	// A copy per iteration: each goroutine sees its own value.
	var mu sync.Mutex
	var wg sync.WaitGroup
	var got []int
	for i := 0; i < 8; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, i*i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)

	// A shared captured variable, written by the goroutine, read after sync.
	result := 0
	done := make(chan bool)
	go func() {
		for k := 1; k <= 100; k++ {
			result += k
		}
		done <- true
	}()
	<-done
	fmt.Println("result:", result)

	// A variable changed by main before the goroutine is released.
	msg := "before"
	start := make(chan struct{})
	echo := make(chan string)
	go func() {
		<-start
		echo <- msg
	}()
	msg = "after"
	close(start)
	fmt.Println(<-echo)

	// Closures over a counter, called from several goroutines in turn.
	counter := 0
	next := func() int { counter++; return counter }
	turn := make(chan int)
	for g := 0; g < 3; g++ {
		go func() {
			turn <- next()
		}()
		<-turn
	}
	fmt.Println("counter:", counter)
	fmt.Println("next:", next())

	// Nested closures in goroutines.
	outer := make(chan func() string)
	go func() {
		name := "inner"
		outer <- func() string { return "hello from " + name }
	}()
	f := <-outer
	fmt.Println(f())
}
