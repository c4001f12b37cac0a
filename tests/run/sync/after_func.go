// run

package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

// time.AfterFunc runs f in its own goroutine after the duration; Stop
// before then prevents the call.

func main() {
	done := make(chan string)
	start := time.Now()
	time.AfterFunc(20*time.Millisecond, func() {
		done <- "f ran"
	})
	fmt.Println(<-done, "not early:", time.Since(start) >= 20*time.Millisecond)

	// Stopped before firing: f never runs.
	var ran int32
	t := time.AfterFunc(30*time.Millisecond, func() { atomic.StoreInt32(&ran, 1) })
	fmt.Println("stop:", t.Stop())
	time.Sleep(80 * time.Millisecond)
	fmt.Println("stopped f ran:", atomic.LoadInt32(&ran) == 1)

	// Reset re-arms it.
	fmt.Println("reset:", t.Reset(5*time.Millisecond))
	for i := 0; i < 200 && atomic.LoadInt32(&ran) == 0; i++ {
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("after reset f ran:", atomic.LoadInt32(&ran) == 1)
	fmt.Println("stop after run:", t.Stop())

	// Several AfterFuncs complete in deadline order.
	order := make(chan int, 3)
	for _, ms := range []int{60, 20, 100} {
		ms := ms
		time.AfterFunc(time.Duration(ms)*time.Millisecond, func() { order <- ms })
	}
	fmt.Println(<-order, <-order, <-order)

	// The Timer's channel is nil for AfterFunc timers.
	fmt.Println("C is nil:", t.C == nil)

	// f runs in its own goroutine: it may block without stalling timers.
	block := make(chan bool)
	unblocked := make(chan bool)
	time.AfterFunc(time.Millisecond, func() {
		<-block
		unblocked <- true
	})
	fired := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { fired <- true })
	<-fired
	fmt.Println("second timer fired while first f blocked")
	block <- true
	<-unblocked
	fmt.Println("done")
}
