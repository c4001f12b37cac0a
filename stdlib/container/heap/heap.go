// Package heap: the API golite's type checker sees for import "container/heap".
//
// Names, signatures and constant values are Go 1.19's (src/container/heap, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package heap

import (
	"sort"
)

// Fix re-establishes the heap ordering after the element at index i has changed its value.
func Fix(h Interface, i int)

// Init establishes the heap invariants required by the other routines in this package.
func Init(h Interface)

// Pop removes and returns the minimum element (according to Less) from the heap.
func Pop(h Interface) any

// Push pushes the element x onto the heap.
func Push(h Interface, x any)

// Remove removes and returns the element at index i from the heap.
func Remove(h Interface, i int) any

// The Interface type describes the requirements for a type using the routines in this package.
type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}
