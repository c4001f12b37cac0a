package main

import (
	"fmt"
	"time"
)

// How late timers fire: 200 sleeps of 1 ms, then 200 timers of 2 ms; prints
// the median and worst lateness in microseconds (lateness = elapsed - asked).
func main() {
	var late []time.Duration
	for i := 0; i < 200; i++ {
		t0 := time.Now()
		time.Sleep(time.Millisecond)
		late = append(late, time.Since(t0)-time.Millisecond)
	}
	for i := 0; i < 200; i++ {
		t0 := time.Now()
		<-time.NewTimer(2 * time.Millisecond).C
		late = append(late, time.Since(t0)-2*time.Millisecond)
	}
	for i := 1; i < len(late); i++ {
		for j := i; j > 0 && late[j] < late[j-1]; j-- {
			late[j], late[j-1] = late[j-1], late[j]
		}
	}
	fmt.Printf("timer lateness: median %d µs, 99th %d µs, max %d µs\n",
		late[len(late)/2].Microseconds(), late[len(late)*99/100].Microseconds(), late[len(late)-1].Microseconds())
}
