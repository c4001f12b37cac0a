// run

package main

import (
	"fmt"
	"time"
)

// time.NewTicker delivers ticks periodically until stopped.

func main() {
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	var times []time.Time
	for i := 0; i < 5; i++ {
		times = append(times, <-tk.C)
	}
	tk.Stop()
	el := time.Since(start)
	fmt.Println("5 ticks took at least 50ms:", el >= 50*time.Millisecond)
	increasing := true
	for i := 1; i < len(times); i++ {
		if !times[i].After(times[i-1]) {
			increasing = false
		}
	}
	fmt.Println("tick times increase:", increasing)

	// After Stop no more ticks arrive.
	select {
	case <-tk.C:
		fmt.Println("tick after stop: wrong")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no tick after stop")
	}

	// A ticker in a for-select with a done channel.
	tk2 := time.NewTicker(5 * time.Millisecond)
	defer tk2.Stop()
	done := time.After(100 * time.Millisecond)
	n := 0
loop:
	for {
		select {
		case <-tk2.C:
			n++
			if n == 3 {
				break loop
			}
		case <-done:
			fmt.Println("timeout: wrong")
			break loop
		}
	}
	fmt.Println("ticks counted:", n)

	// Reset changes the period.
	tk2.Reset(30 * time.Millisecond)
	s := time.Now()
	// Drain a tick possibly pending from the old period.
	select {
	case <-tk2.C:
	default:
	}
	<-tk2.C
	fmt.Println("tick after reset, not too early:", time.Since(s) >= 20*time.Millisecond)

	// A slow receiver: the ticker drops ticks instead of queueing them.
	tk3 := time.NewTicker(time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	tk3.Stop()
	queued := 0
	for {
		select {
		case <-tk3.C:
			queued++
			continue
		default:
		}
		break
	}
	fmt.Println("at most one tick buffered:", queued <= 1, cap(tk3.C))

	// NewTicker with a non-positive period panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
