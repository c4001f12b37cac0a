// run

package main

import "fmt"

// An empty select blocks forever; with no other goroutine left, deadlock.

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fmt.Println("goroutine finished")
	}()
	<-done
	select {}
}
