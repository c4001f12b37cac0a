// run

package main

import "fmt"

// go of a nil function without arguments is the runtime's fatal error,
// which recover cannot stop.
func main() {
	defer func() {
		fmt.Println("not reached:", recover())
	}()
	var f func()
	fmt.Println("before")
	go f()
	fmt.Println("not reached")
}
