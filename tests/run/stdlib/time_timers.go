// run

package main

import (
	"fmt"
	"time"
)

// Timers and tickers: the values and panics that do not depend on timing.

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: panic error %q\n", name, err.Error())
			return
		}
		fmt.Printf("%s: panic %v\n", name, r)
	}()
	f()
}

func main() {
	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("NewTicker(-1s)", func() { time.NewTicker(-time.Second) })
	tk := time.NewTicker(time.Hour)
	try("Ticker.Reset(0)", func() { tk.Reset(0) })
	tk.Stop()
	tk.Stop()
	var zt time.Ticker
	zt.Stop()
	fmt.Println("zero Ticker Stop is a no-op")
	try("zero Ticker Reset", func() { zt.Reset(time.Second) })
	var z time.Timer
	try("zero Timer Stop", func() { z.Stop() })
	try("zero Timer Reset", func() { z.Reset(time.Second) })
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil, time.Tick(-1) == nil)

	// A timer's value is the time it fired, in the local zone.
	start := time.Now()
	v := <-time.After(5 * time.Millisecond)
	fmt.Println("After:", !v.Before(start.Add(5*time.Millisecond)), v.Location())
	tm := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", tm.Stop(), "again:", tm.Stop(), "reset:", tm.Reset(time.Millisecond))
	v = <-tm.C
	fmt.Println("reset timer fired, stop:", tm.Stop())
	tick := time.Tick(2 * time.Millisecond)
	a, b := <-tick, <-tick
	fmt.Println("ticks advance:", b.After(a))

	// AfterFunc: Reset after it ran schedules f again.
	ran := make(chan int, 2)
	n := 0
	af := time.AfterFunc(time.Millisecond, func() { n++; ran <- n })
	fmt.Println("ran:", <-ran)
	fmt.Println("reset after run:", af.Reset(time.Millisecond))
	fmt.Println("ran:", <-ran)
	fmt.Println("C of AfterFunc timer:", af.C)
	fmt.Printf("%T %T\n", tm.C, tick)

	// Sleep lasts at least its duration; Since uses the monotonic clock.
	s := time.Now()
	time.Sleep(3 * time.Millisecond)
	fmt.Println("slept:", time.Since(s) >= 3*time.Millisecond, time.Now().After(s))
}
