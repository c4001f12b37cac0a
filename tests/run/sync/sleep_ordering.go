// run

package main

import (
	"fmt"
	"time"
)

// time.Sleep: goroutines sleeping different durations wake in order of
// their durations (margins of 40ms and more keep this deterministic).

func main() {
	out := make(chan string)
	durations := []int{90, 10, 130, 50}
	for _, ms := range durations {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- fmt.Sprintf("%dms", ms)
		}(ms)
	}
	for range durations {
		fmt.Println(<-out)
	}

	// Sleep lasts at least the requested time.
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 30ms:", el >= 30*time.Millisecond)

	// Sleep(0) and negative durations return at once.
	start = time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("zero/negative sleep quick:", time.Since(start) < time.Second)

	// While one goroutine sleeps, others run.
	ticks := 0
	done := make(chan bool)
	go func() {
		time.Sleep(50 * time.Millisecond)
		done <- true
	}()
loop:
	for {
		select {
		case <-done:
			break loop
		default:
			ticks++
			time.Sleep(time.Millisecond)
		}
	}
	fmt.Println("main kept running while other slept:", ticks > 5)

	// Many sleepers at once, all woken.
	n := 1000
	woke := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i%20) * time.Millisecond)
			woke <- i
		}(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-woke
	}
	fmt.Println("sleepers woken:", sum == n*(n-1)/2)
}
