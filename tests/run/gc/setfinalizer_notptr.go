// run

package main

import "runtime"

// SetFinalizer's first argument must be a pointer: Go's fatal error.
func main() {
	runtime.SetFinalizer(5, nil)
}
