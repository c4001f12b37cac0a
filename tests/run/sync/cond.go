// run

package main

import (
	"fmt"
	"sort"
	"sync"
)

// sync.Cond: Wait releases the lock while waiting; Broadcast wakes all
// waiters, Signal wakes one.

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	var woke []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Broadcast() // tell main another waiter arrived
			for !ready {
				cond.Wait()
			}
			woke = append(woke, i)
			mu.Unlock()
		}(i)
	}
	mu.Lock()
	for waiting < 5 {
		cond.Wait()
	}
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Ints(woke)
	fmt.Println("woken by broadcast:", woke)

	// A queue with Signal: one consumer per item.
	var qmu sync.Mutex
	notEmpty := sync.NewCond(&qmu)
	var queue []int
	results := make(chan int)
	for c := 0; c < 3; c++ {
		go func() {
			for {
				qmu.Lock()
				for len(queue) == 0 {
					notEmpty.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				qmu.Unlock()
				if v < 0 {
					return
				}
				results <- v * 10
			}
		}()
	}
	for i := 1; i <= 10; i++ {
		qmu.Lock()
		queue = append(queue, i)
		notEmpty.Signal()
		qmu.Unlock()
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-results
	}
	fmt.Println("sum:", sum)
	qmu.Lock()
	queue = append(queue, -1, -1, -1)
	notEmpty.Broadcast()
	qmu.Unlock()

	// Signal and Broadcast with no waiters do nothing.
	c2 := sync.NewCond(&sync.Mutex{})
	c2.Signal()
	c2.Broadcast()
	fmt.Println("no waiters ok")

	// Cond with an RWMutex's read locker.
	var rw sync.RWMutex
	rc := sync.NewCond(rw.RLocker())
	flag := false
	done := make(chan bool)
	go func() {
		rw.RLock()
		for !flag {
			rc.Wait()
		}
		rw.RUnlock()
		done <- true
	}()
	rw.Lock()
	flag = true
	rw.Unlock()
	rc.Broadcast()
	<-done
	fmt.Println("read-locker cond ok")
}
