// run

package main

import (
	"fmt"
	"time"
)

// time.NewTimer, Stop and Reset.

func main() {
	// A timer fires once, delivering a time not before its creation + d.
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	fired := <-t.C
	fmt.Println("fired, not early:", fired.Sub(start) >= 20*time.Millisecond)
	// Stop after it fired returns false.
	fmt.Println("stop after fire:", t.Stop())

	// Stop before it fires returns true, and nothing is ever delivered.
	t2 := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stop before fire:", t2.Stop())
	fmt.Println("stop twice:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("stopped timer fired: wrong")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("stopped timer stayed silent")
	}

	// Reset a stopped timer: it fires after the new duration.
	start = time.Now()
	fmt.Println("reset stopped:", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("fired after reset:", time.Since(start) >= 10*time.Millisecond)

	// Reset an active timer to a later time.
	t3 := time.NewTimer(10 * time.Millisecond)
	start = time.Now()
	fmt.Println("reset active:", t3.Reset(80*time.Millisecond))
	select {
	case <-t3.C:
		fmt.Println("fired at the old time: wrong")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("old deadline passed silently")
	}
	<-t3.C
	fmt.Println("fired at the new time:", time.Since(start) >= 80*time.Millisecond)

	// Reset an active timer to an earlier time.
	t4 := time.NewTimer(10 * time.Second)
	t4.Reset(5 * time.Millisecond)
	select {
	case <-t4.C:
		fmt.Println("earlier reset fired")
	case <-time.After(time.Second):
		fmt.Println("wrong")
	}

	// The idiom: stop and drain before reusing a fired timer.
	t5 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	if !t5.Stop() {
		<-t5.C
	}
	t5.Reset(5 * time.Millisecond)
	<-t5.C
	fmt.Println("reused timer fired")

	// A zero or negative duration fires at once.
	t6 := time.NewTimer(0)
	<-t6.C
	t7 := time.NewTimer(-time.Second)
	<-t7.C
	fmt.Println("zero and negative timers fired")
	fmt.Printf("%T\n", t6.C)
}
