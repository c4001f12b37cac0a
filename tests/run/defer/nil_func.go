// run

package main

import "fmt"

// Deferring a nil function value panics when the deferred call runs, at
// function exit, not at the defer statement.

func deferNil() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var f func()
	defer f()
	fmt.Println("defer statement with nil func passed")
}

func main() {
	deferNil()
	fmt.Println("main continues")
}
