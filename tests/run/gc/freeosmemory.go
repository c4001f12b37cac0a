// run

package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// debug.FreeOSMemory: a forced collection, then the free pages go back to
// the operating system (HeapReleased grows); the statistics stay coherent.
var sink [][]byte

func main() {
	for i := 0; i < 64; i++ {
		sink = append(sink, make([]byte, 1<<20))
	}
	sink = nil
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	n0, f0, r0 := ms.NumGC, ms.NumForcedGC, ms.HeapReleased
	debug.FreeOSMemory()
	runtime.ReadMemStats(&ms)
	fmt.Println("collected:", ms.NumGC > n0, ms.NumForcedGC-f0)
	fmt.Println("released:", ms.HeapReleased > r0, ms.HeapReleased >= 32<<20)
	fmt.Println("coherent:", ms.HeapIdle >= ms.HeapReleased, ms.HeapSys >= ms.HeapIdle+ms.HeapInuse-1)
	fmt.Println("pauses:", ms.PauseTotalNs > 0, ms.PauseNs[(ms.NumGC+255)%256] > 0, ms.LastGC > 0, ms.GCCPUFraction >= 0 && ms.GCCPUFraction < 1)

	// the heap goes on working over released pages
	for i := 0; i < 32; i++ {
		b := make([]byte, 1<<20)
		b[len(b)-1] = byte(i)
		sink = append(sink, b)
	}
	s := 0
	for _, b := range sink {
		s += int(b[len(b)-1])
	}
	debug.FreeOSMemory()
	fmt.Println("reused:", s, len(sink))
}
