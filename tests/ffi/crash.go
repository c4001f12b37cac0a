// ffi
package main

// A C function that crashes ends the program as Go's runtime does for a
// crash in C code: Go's fatal error text, the signal, the calling goroutine
// in [syscall], exit status 2. Output printed before stays in order.

import (
	"ffi"
	"fmt"
	"os"
)

func main() {
	c, err := ffi.Open("")
	if err != nil {
		panic(err)
	}
	strlen, err := c.Func("strlen", ffi.SizeT, ffi.Pointer)
	if err != nil {
		panic(err)
	}
	fmt.Println("before the crash")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Print("unterminated line")
	strlen.Call(nil)
	fmt.Println("not reached")
}
