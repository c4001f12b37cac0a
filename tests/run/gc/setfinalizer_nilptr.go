// run

package main

import "runtime"

type T struct{ a, b *int }

// A nil pointer is in no allocated block: Go's fatal error.
func main() {
	var p *T
	runtime.SetFinalizer(p, func(*T) {})
}
