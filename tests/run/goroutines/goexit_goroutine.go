// run

package main

import (
	"fmt"
	"runtime"
)

// runtime.Goexit ends only the calling goroutine, after running its deferred
// calls; recover returns nil during a Goexit; main carries on.

var log = make(chan string, 100)

func deep(n int) {
	defer func() { log <- fmt.Sprint("deep defer ", n) }()
	if n == 0 {
		runtime.Goexit()
	}
	deep(n - 1)
	log <- "not reached after deep"
}

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { log <- fmt.Sprint("recover: ", recover()) }()
		defer func() { log <- "first deferred" }()
		deep(3)
		log <- "not reached"
	}()
	<-done
	close(log)
	for s := range log {
		fmt.Println(s)
	}

	// A goroutine that Goexits with a value pending in its result: the
	// receiver sees only what was sent before.
	c := make(chan int, 3)
	go func() {
		defer close(c)
		c <- 1
		c <- 2
		runtime.Goexit()
		c <- 3
	}()
	for v := range c {
		fmt.Println("got", v)
	}
	fmt.Println("main continues")
}
