// run

package main

import "runtime"

type T struct{ a, b *int }

// The second argument must be a function: Go's fatal error.
func main() {
	runtime.SetFinalizer(new(T), 7)
}
