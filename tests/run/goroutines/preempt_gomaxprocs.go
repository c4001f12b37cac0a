// run

package main

import (
	"fmt"
	"runtime"
	"time"
)

// A goroutine in a tight loop cannot starve main, its timers, or a
// GOMAXPROCS change (stop the world).
func spin(p *int) {
	for {
		*p++
	}
}

func main() {
	var x int
	go spin(&x)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke", runtime.NumGoroutine())
	old := runtime.GOMAXPROCS(1)
	fmt.Println(old > 0, runtime.GOMAXPROCS(0))
	time.Sleep(30 * time.Millisecond)
	fmt.Println("still fair")
	runtime.GOMAXPROCS(2)
	fmt.Println(runtime.GOMAXPROCS(0))
}
