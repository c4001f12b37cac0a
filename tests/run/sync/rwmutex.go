// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// RWMutex: many readers at once, writers exclusive.

func main() {
	var rw sync.RWMutex

	// All readers hold RLock at the same time: each waits, while holding
	// it, until every reader is in. With an exclusive lock this would hang.
	const readers = 5
	var in int32
	var wg sync.WaitGroup
	for i := 0; i < readers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			defer rw.RUnlock()
			atomic.AddInt32(&in, 1)
			for atomic.LoadInt32(&in) < readers {
				time.Sleep(time.Millisecond)
			}
		}()
	}
	wg.Wait()
	fmt.Println("readers in together:", atomic.LoadInt32(&in))

	// A writer waits for the readers to leave.
	rw.RLock()
	wrote := make(chan bool)
	go func() {
		rw.Lock()
		wrote <- true
		rw.Unlock()
	}()
	time.Sleep(20 * time.Millisecond)
	select {
	case <-wrote:
		fmt.Println("writer got in while reading: wrong")
	default:
		fmt.Println("writer waits for reader")
	}
	rw.RUnlock()
	<-wrote
	fmt.Println("writer done")

	// Readers wait while a writer holds the lock.
	rw.Lock()
	read := make(chan bool)
	go func() {
		rw.RLock()
		read <- true
		rw.RUnlock()
	}()
	time.Sleep(20 * time.Millisecond)
	select {
	case <-read:
		fmt.Println("reader got in while writing: wrong")
	default:
		fmt.Println("reader waits for writer")
	}
	rw.Unlock()
	<-read
	fmt.Println("reader done")

	// A shared map: concurrent writers and readers.
	data := map[int]int{}
	for w := 0; w < 10; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				rw.Lock()
				data[w*100+i] = i
				rw.Unlock()
				rw.RLock()
				_ = data[i]
				rw.RUnlock()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("entries:", len(data))

	// TryLock / TryRLock and RLocker.
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	l := rw.RLocker()
	l.Lock()
	fmt.Println("TryLock under RLocker:", rw.TryLock())
	l.Unlock()
	fmt.Println("TryLock after:", rw.TryLock())
	rw.Unlock()
}
