// Package ring: the API golite's type checker sees for import "container/ring".
//
// Names, signatures and constant values are Go 1.19's (src/container/ring, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package ring

// New creates a ring of n elements.
func New(n int) *Ring

// A Ring is an element of a circular list, or ring.
type Ring struct {
	next, prev *Ring
	Value      any
}

// Do calls function f on each element of the ring, in forward order.
func (r *Ring) Do(f func(any))

// Len computes the number of elements in ring r.
func (r *Ring) Len() int

// Link connects ring r with ring s such that r.Next() becomes s and returns the original value
// for r.Next().
func (r *Ring) Link(s *Ring) *Ring

// Move moves n % r.Len() elements backward (n < 0) or forward (n >= 0) in the ring and returns
// that ring element.
func (r *Ring) Move(n int) *Ring

// Next returns the next ring element.
func (r *Ring) Next() *Ring

// Prev returns the previous ring element.
func (r *Ring) Prev() *Ring

// Unlink removes n % r.Len() elements from the ring r, starting at r.Next().
func (r *Ring) Unlink(n int) *Ring
