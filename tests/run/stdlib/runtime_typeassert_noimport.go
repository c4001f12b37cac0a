// run

// Without package runtime imported, a failed type assertion still panics with a
// *runtime.TypeAssertionError, an error with Go's text and a RuntimeError method.

package main

import "fmt"

type runtimeError interface {
	error
	RuntimeError()
}

func main() {
	defer func() {
		r := recover()
		_, isRTE := r.(runtimeError)
		fmt.Printf("%T %v %v\n", r, r, isRTE)
		var e interface{} = "s"
		_ = e.(fmt.Stringer)
	}()
	var e interface{} = 1.5
	_ = e.(int)
}
