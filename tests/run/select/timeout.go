// run

package main

import (
	"fmt"
	"time"
)

// Timeouts with time.After: margins are large so the outcome is fixed.

func slow(d time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- fmt.Sprint("done after ", d)
	}()
	return c
}

func main() {
	// The result arrives well before the timeout.
	select {
	case r := <-slow(time.Millisecond):
		fmt.Println(r)
	case <-time.After(300 * time.Millisecond):
		fmt.Println("timeout: wrong")
	}

	// The result arrives well after the timeout.
	select {
	case r := <-slow(300 * time.Millisecond):
		fmt.Println("unexpected:", r)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out")
	}

	// Nothing ever arrives.
	never := make(chan int)
	start := time.Now()
	select {
	case <-never:
		fmt.Println("impossible")
	case t := <-time.After(20 * time.Millisecond):
		fmt.Println("timeout fired; not early:", !t.Before(start.Add(20*time.Millisecond)))
	}
	fmt.Println("waited at least 20ms:", time.Since(start) >= 20*time.Millisecond)

	// A loop with a per-iteration timeout collecting what arrives in time.
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
		// then go quiet
	}()
	var got []int
	for {
		select {
		case v := <-c:
			got = append(got, v)
			continue
		case <-time.After(50 * time.Millisecond):
		}
		break
	}
	fmt.Println("got before going quiet:", got)

	// Overall deadline with time.After created once.
	deadline := time.After(60 * time.Millisecond)
	ticks := 0
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
wait:
	for {
		select {
		case <-tick.C:
			ticks++
		case <-deadline:
			break wait
		}
	}
	fmt.Println("ticked some:", ticks > 0, "not too many:", ticks <= 100)
}
