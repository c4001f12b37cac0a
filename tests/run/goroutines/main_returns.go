// run

package main

import (
	"fmt"
	"runtime"
	"time"
)

// When main returns the program exits, without waiting for other
// goroutines: blocked, sleeping or busy ones, and their defers do not run.

func main() {
	never := make(chan int)
	go func() {
		defer fmt.Println("deferred in blocked goroutine: not printed")
		<-never
		fmt.Println("not printed")
	}()
	go func() {
		defer fmt.Println("deferred in sleeping goroutine: not printed")
		time.Sleep(10 * time.Second)
		fmt.Println("not printed either")
	}()
	go func() {
		for {
			runtime.Gosched()
		}
	}()
	ready := make(chan bool)
	go func() {
		ready <- true
		select {}
	}()
	<-ready
	fmt.Println("main returns with", runtime.NumGoroutine(), "goroutines")
}
