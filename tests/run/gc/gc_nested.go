// run

// runtime.GC called where the goroutine is inside a nested interpreter
// entry — a deferred call run by a panic, a String method fmt calls — stops
// the world like any other call (it used to be reported as a deadlock).
package main

import (
	"fmt"
	"runtime"
)

type T struct{ n int }

func (t T) String() string {
	runtime.GC()
	return fmt.Sprint("T", t.n)
}

func recovered() (r interface{}) {
	defer func() {
		runtime.GC()
		r = recover()
	}()
	var p *int
	return *p
}

func main() {
	fmt.Println(recovered())
	fmt.Println(T{1}, T{2})
	done := make(chan bool)
	go func() {
		fmt.Println(T{3})
		done <- true
	}()
	<-done
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC >= 4)
}
