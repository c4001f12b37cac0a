// run

// Memory comes back after a large structure is dropped: the heap in use
// falls, and debug.FreeOSMemory gives the pages back to the system. (The
// structure is built by another goroutine: golite's collector scans frames
// conservatively, and a dead temporary left in main's frame would keep the
// list's head.)
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type blob struct {
	next *blob
	data [1000]int64
}

var keep *blob

func inuse() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

func fill() {
	for i := 0; i < 2500; i++ { // about 20 MB
		keep = &blob{next: keep}
	}
}

func main() {
	before := inuse()
	done := make(chan bool)
	go func() {
		fill()
		done <- true
	}()
	<-done
	runtime.GC()
	full := inuse()
	keep = nil
	runtime.GC()
	debug.FreeOSMemory()
	after := inuse()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(full > 15<<20, after < full/4, after < before+(4<<20), ms.HeapReleased > 10<<20)
}
