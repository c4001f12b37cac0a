// run

package main

import (
	"fmt"
	"runtime"
)

// The finalizer goroutine, waiting for work, is none of the program's:
// NumGoroutine leaves it out, and so do the deadlock check and its report.
type T struct{ a, b *int }

func main() {
	p := new(T)
	runtime.SetFinalizer(p, func(*T) {})
	runtime.GC()
	fmt.Println(runtime.NumGoroutine())
	runtime.KeepAlive(p)
	c := make(chan int)
	<-c
}
