// run

package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// debug.SetGCPercent returns the previous setting (GOGC: 100 by default,
// -1 for off) and applies at once: with collection off, allocating far
// past the goal collects nothing; turned back on, the next allocations do.
var sink [][]byte

func main() {
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-1), debug.SetGCPercent(-20), debug.SetGCPercent(200), debug.SetGCPercent(100))

	// SetGCPercent(-1) lets a cycle under way finish first: count from there
	var ms runtime.MemStats
	old := debug.SetGCPercent(-1)
	runtime.ReadMemStats(&ms)
	n0 := ms.NumGC
	for i := 0; i < 64; i++ {
		sink = append(sink, make([]byte, 1<<20))
	}
	sink = nil
	runtime.ReadMemStats(&ms)
	fmt.Println("off:", old, ms.NumGC-n0, "collections")

	debug.SetGCPercent(100)
	for i := 0; i < 16; i++ {
		sink = append(sink, make([]byte, 1<<20))
	}
	sink = nil
	runtime.ReadMemStats(&ms)
	fmt.Println("on again: collected", ms.NumGC > n0)

	// runtime.GC collects whatever the setting
	debug.SetGCPercent(-1)
	runtime.ReadMemStats(&ms)
	n0 = ms.NumGC
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("runtime.GC while off:", ms.NumGC-n0, debug.SetGCPercent(100))
}
