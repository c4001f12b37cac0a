// run

package main

import (
	"fmt"
	"time"
)

// go of a nil function with arguments: go wraps the call in a closure, so
// the new goroutine panics when it calls the nil function.
func main() {
	var f func(int)
	fmt.Println("before")
	go f(1)
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
