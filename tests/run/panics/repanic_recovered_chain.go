// run

package main

import "fmt"

// The deferred call recovers the first panic and then panics: the report
// marks the first one [recovered].

func work() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "and panicking again")
		panic(fmt.Sprintf("re-panic of %v", r))
	}()
	panic("original")
}

func main() {
	work()
}
