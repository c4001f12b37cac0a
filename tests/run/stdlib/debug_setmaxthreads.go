// run

// debug.SetMaxThreads returns the previous limit (10000 at start); a limit
// below the threads in use is Go's fatal "thread exhaustion".

package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	fmt.Println(debug.SetMaxThreads(500))
	fmt.Println(debug.SetMaxThreads(10000))
	// a goroutine: golite has a second thread (sysmon) from then on
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	debug.SetMaxThreads(1)
	fmt.Println("unreachable")
}
