// run

package main

import "fmt"

// main blocks receiving from a channel nobody will send on, after the only
// other goroutine has finished: the runtime reports a deadlock, exit 2.

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		fmt.Println("helper ran")
		done <- true
	}()
	<-done
	fmt.Println("waiting forever")
	fmt.Println(<-c)
}
