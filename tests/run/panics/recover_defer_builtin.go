// run

package main

import "fmt"

// `defer recover()` and `defer panic(v)`: builtins as deferred calls.

func deferRecover() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recover got: ", recover())
	}()
	defer recover()
	panic("p")
}

func deferPanic() (msg string) {
	defer func() {
		msg = fmt.Sprint("recovered deferred panic: ", recover())
	}()
	defer panic("deferred builtin panic")
	fmt.Println("deferPanic body")
	return "unchanged"
}

func main() {
	fmt.Println(deferRecover())
	fmt.Println(deferPanic())
}
