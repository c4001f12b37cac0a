package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

var sink [][]byte

// Collections of every kind for GODEBUG=gctrace=1: ones the heap goal
// triggers, runtime.GC and debug.FreeOSMemory (forced), and with a
// sysmon period shortened by GOLITE_FORCEGC_MS, ones sysmon forces while
// the program sleeps.
func main() {
	for i := 0; i < 48; i++ {
		sink = append(sink, make([]byte, 256<<10))
		if i%12 == 11 {
			sink = nil
		}
	}
	runtime.GC()
	debug.FreeOSMemory()
	time.Sleep(500 * time.Millisecond)
	fmt.Println("done")
}
