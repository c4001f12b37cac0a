// run

package main

import "fmt"

// An unrecovered send on a closed channel: exit status 2.

func main() {
	c := make(chan int, 1)
	close(c)
	defer fmt.Println("deferred call runs before the crash")
	c <- 1
}
