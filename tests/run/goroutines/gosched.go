// run

package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// runtime.Gosched yields the processor, so a goroutine spinning on a flag
// lets the goroutine that sets the flag run, even on a single thread.

func main() {
	var flag int32
	var steps int64
	go func() {
		for i := 0; i < 10; i++ {
			atomic.AddInt64(&steps, 1)
			runtime.Gosched()
		}
		atomic.StoreInt32(&flag, 1)
	}()
	for atomic.LoadInt32(&flag) == 0 {
		runtime.Gosched()
	}
	fmt.Println("flag set after", atomic.LoadInt64(&steps), "steps")

	// Two goroutines handing a token back and forth through a flag.
	var turn int32 // 0: ping, 1: pong
	var log [6]string
	var idx int32
	done := make(chan bool)
	player := func(me int32, word string) {
		for r := 0; r < 3; r++ {
			for atomic.LoadInt32(&turn) != me {
				runtime.Gosched()
			}
			log[atomic.AddInt32(&idx, 1)-1] = word
			atomic.StoreInt32(&turn, 1-me)
		}
		done <- true
	}
	go player(0, "ping")
	go player(1, "pong")
	<-done
	<-done
	fmt.Println(log)

	// Gosched in main with nothing else to run just returns.
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	fmt.Println("done")
}
