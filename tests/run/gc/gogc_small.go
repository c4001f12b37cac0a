// run

// With a tiny GOGC the collector still leaves the sweeper a megabyte of
// runway after each cycle (Go's sweepMinHeapDistance): allocating 60 MB in
// small maps takes tens of cycles, not tens of thousands (go's
// fixedbugs/issue22781.go took golite 10 s without it).
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
)

type T struct{ a, b int }

func main() {
	debug.SetGCPercent(1)
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	kept := 0
	for i := 0; i < 50000; i++ {
		m := make(map[*T]struct{}, 0)
		for j := 0; j < 20; j++ {
			m[new(T)] = struct{}{}
		}
		kept += len(m)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	n := after.NumGC - before.NumGC
	fmt.Println("entries:", kept)
	fmt.Println("some cycles:", n > 5)
	// golite's GC stress mode (GOLITE_GC_STRESS=N) forces a cycle every N
	// spans on purpose: the count means nothing there
	stress := os.Getenv("GOLITE_GC_STRESS") != ""
	fmt.Println("not a cycle every few kilobytes:", n < 2000 || stress)
}
