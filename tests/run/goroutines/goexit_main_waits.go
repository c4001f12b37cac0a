// run

package main

import (
	"fmt"
	"runtime"
	"time"
)

// When main calls runtime.Goexit the other goroutines keep running; once
// they have all finished, the program dies with a fatal error.

func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("worker finishes after main's Goexit")
	}()
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
}
