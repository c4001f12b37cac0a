// ffi
package main

// A long C call runs in system-call state: with GOMAXPROCS=1 the other
// goroutines keep running while usleep blocks its thread.

import (
	"ffi"
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	c, err := ffi.Open("libc.so.6")
	if err != nil {
		panic(err)
	}
	usleep, err := c.Func("usleep", ffi.Int, ffi.Uint32)
	if err != nil {
		panic(err)
	}
	done := make(chan bool)
	go func() {
		usleep.Call(300000)
		done <- true
	}()
	ticks := 0
	start := time.Now()
	for {
		select {
		case <-done:
			fmt.Println("usleep returned after 300 ms:", time.Since(start) >= 250*time.Millisecond)
			fmt.Println("main ran while C slept:", ticks >= 5)
			return
		default:
			time.Sleep(10 * time.Millisecond)
			ticks++
		}
	}
}
