// run

package main

import "fmt"

// A panic inside a deferred call while panicking: both are reported, the
// first one without [recovered].

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
