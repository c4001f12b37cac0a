// run

package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// Lock blocks while another goroutine holds the mutex; at most one holder
// at a time, even when holders yield or sleep inside the critical section.

func main() {
	var mu sync.Mutex
	inside, maxInside := 0, 0
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				mu.Lock()
				inside++
				if inside > maxInside {
					maxInside = inside
				}
				runtime.Gosched()
				inside--
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("max holders at once:", maxInside)

	// A goroutine waiting for Lock proceeds only after Unlock.
	mu.Lock()
	acquired := make(chan bool)
	go func() {
		mu.Lock()
		acquired <- true
		mu.Unlock()
	}()
	time.Sleep(20 * time.Millisecond)
	select {
	case <-acquired:
		fmt.Println("acquired while held: wrong")
	default:
		fmt.Println("waiter blocked while held")
	}
	mu.Unlock()
	<-acquired
	fmt.Println("waiter acquired after unlock")

	// TryLock.
	fmt.Println("TryLock free:", mu.TryLock())
	fmt.Println("TryLock held:", mu.TryLock())
	mu.Unlock()
	fmt.Println("TryLock again:", mu.TryLock())
	mu.Unlock()
}
