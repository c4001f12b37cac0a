// run

package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// runtime.NumGoroutine counts the live goroutines, main included.

func waitFor(n int) bool {
	for i := 0; i < 1000; i++ {
		if runtime.NumGoroutine() == n {
			return true
		}
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
	return false
}

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())

	block := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-block
		}()
	}
	started.Wait()
	fmt.Println("with 10 blocked:", runtime.NumGoroutine())

	close(block)
	fmt.Println("back to 1:", waitFor(1))

	// Goroutines that finish on their own.
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() { wg.Done() }()
	}
	wg.Wait()
	fmt.Println("after 5 finished:", waitFor(1))
}
