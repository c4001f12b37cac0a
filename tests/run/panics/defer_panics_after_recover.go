// run

package main

import "fmt"

// A deferred function panics after an earlier-run deferred call recovered:
// the new panic propagates out of the function.

func f() {
	defer func() {
		fmt.Println("older deferred call panics")
		panic("late panic")
	}()
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic("early panic")
}

func main() {
	defer fmt.Println("main deferred")
	f()
	fmt.Println("unreachable")
}
