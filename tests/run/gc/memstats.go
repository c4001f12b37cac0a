// run

package main

import (
	"fmt"
	"runtime"
)

// runtime.ReadMemStats: counts that must hold whatever the allocator does.
func main() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	a0 := ms.Mallocs
	x := make([][]byte, 0)
	for i := 0; i < 1000; i++ {
		x = append(x, make([]byte, 100))
	}
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.Mallocs-a0 >= 1000, ms.HeapAlloc >= 100000, ms.EnableGC, ms.BySize[1].Size, len(x))
	x = nil
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC >= 1, ms.NumForcedGC >= 1, ms.Frees >= 1000, ms.TotalAlloc >= ms.Alloc, ms.HeapInuse >= ms.HeapAlloc, ms.Sys >= ms.HeapSys)
}
