// run

package main

import "fmt"

// The Error method of an uncaught panic value panics itself: Go reports a
// fatal error instead of the panic.

type brokenErr struct{ code int }

func (e *brokenErr) Error() string {
	panic(fmt.Sprintf("error method failed for %d", e.code))
}

func main() {
	defer fmt.Println("deferred call runs first")
	panic(&brokenErr{7})
}
