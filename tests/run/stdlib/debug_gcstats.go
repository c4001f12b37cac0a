// run

// debug.ReadGCStats from the collector's figures: collections counted, the
// pause history most recent first with its end times, quantiles, reuse of the
// caller's slices.

package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

var sink [][]byte

func main() {
	var st debug.GCStats
	debug.ReadGCStats(&st)
	before := st.NumGC
	fmt.Println("history matches the count:", int64(len(st.Pause)) == st.NumGC, len(st.PauseEnd) == len(st.Pause))

	start := time.Now()
	runtime.GC()
	for i := 0; i < 2000; i++ {
		sink = append(sink, make([]byte, 1024))
	}
	sink = nil
	runtime.GC()
	runtime.GC()

	st.PauseQuantiles = make([]time.Duration, 5)
	debug.ReadGCStats(&st)
	fmt.Println("at least 3 more collections:", st.NumGC-before >= 3)
	// the history keeps the last 256 pauses (GOLITE_GC_STRESS runs more)
	kept := st.NumGC
	if kept > 256 {
		kept = 256
	}
	fmt.Println("history:", int64(len(st.Pause)) == kept, len(st.PauseEnd) == len(st.Pause))

	var sum time.Duration
	ok := true
	for i, p := range st.Pause {
		sum += p
		ok = ok && p > 0
		if i > 0 && st.PauseEnd[i].After(st.PauseEnd[i-1]) {
			fmt.Println("pause ends not most recent first at", i)
		}
	}
	fmt.Println("pauses positive:", ok, "total is their sum:", sum == st.PauseTotal || (st.NumGC > 256 && sum < st.PauseTotal))
	fmt.Println("last GC is the last pause's end:", st.LastGC.Equal(st.PauseEnd[0]))
	fmt.Println("last GC after start:", !st.LastGC.Before(start.Truncate(time.Second)), time.Since(st.LastGC) < time.Minute)

	q := st.PauseQuantiles
	sorted := true
	for i := 1; i < len(q); i++ {
		sorted = sorted && q[i-1] <= q[i]
	}
	min, max := st.Pause[0], st.Pause[0]
	for _, p := range st.Pause {
		if p < min {
			min = p
		}
		if p > max {
			max = p
		}
	}
	fmt.Println("quantiles:", len(q), sorted, q[0] == min, q[4] == max)

	// the slices are reused when big enough
	pause := st.Pause
	debug.ReadGCStats(&st)
	fmt.Println("Pause reused:", &pause[:1][0] == &st.Pause[:1][0])

	// no quantiles asked: none computed
	var st2 debug.GCStats
	debug.ReadGCStats(&st2)
	fmt.Println("no quantiles:", st2.PauseQuantiles == nil, st2.NumGC >= st.NumGC)
}
