// run

package main

import "runtime"

type T struct{ a, b *int }

// A second finalizer for the same object: Go's fatal error (clearing it
// with nil first is allowed).
func main() {
	p := new(T)
	f := func(*T) {}
	runtime.SetFinalizer(p, f)
	runtime.SetFinalizer(p, nil)
	runtime.SetFinalizer(p, f)
	runtime.SetFinalizer(p, f)
}
