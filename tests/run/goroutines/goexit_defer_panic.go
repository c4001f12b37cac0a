// run

package main

import (
	"fmt"
	"runtime"
)

// A deferred call run by Goexit may itself panic and recover; Goexit then
// still completes, and deferred calls after a recovered panic keep running.

func main() {
	done := make(chan []string)
	go func() {
		var log []string
		defer func() { done <- log }()
		defer func() { log = append(log, "outer defer") }()
		defer func() {
			defer func() {
				log = append(log, fmt.Sprint("recovered: ", recover()))
			}()
			panic("panic during Goexit")
		}()
		defer func() { log = append(log, "inner defer") }()
		runtime.Goexit()
	}()
	for _, s := range <-done {
		fmt.Println(s)
	}

	// Goexit in a goroutine that never ran main's code: NumGoroutine drops back.
	exited := make(chan bool)
	go func() {
		defer func() { exited <- true }()
		runtime.Goexit()
	}()
	<-exited
	fmt.Println("ok")
}
