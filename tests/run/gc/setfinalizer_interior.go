// run

package main

import "runtime"

type T struct {
	n int
	b [4]*int
}

// A pointer inside an object (here one the tiny allocator cannot have
// made: its type holds pointers) takes no finalizer: Go's fatal error.
func main() {
	p := new(T)
	runtime.SetFinalizer(&p.b, func(*[4]*int) {})
}
