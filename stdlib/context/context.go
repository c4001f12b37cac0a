// Package context: the API golite's type checker sees for import "context".
//
// Names, signatures and constant values are Go 1.19's (src/context, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package context

import (
	"time"
)

// Canceled is the error returned by Context.Err when the context is canceled.
var Canceled error // errors.New("context canceled")

// DeadlineExceeded is the error returned by Context.Err when the context's deadline passes.
var DeadlineExceeded error

// Background returns a non-nil, empty Context.
func Background() Context

// TODO returns a non-nil, empty Context.
func TODO() Context

// WithCancel returns a copy of parent with a new Done channel.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc)

// WithDeadline returns a copy of the parent context with the deadline adjusted to be no later
// than d.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)

// WithValue returns a copy of parent in which the value associated with key is val.
func WithValue(parent Context, key, val any) Context

// A CancelFunc tells an operation to abandon its work.
type CancelFunc func()

// A Context carries a deadline, a cancellation signal, and other values across API boundaries.
type Context interface {
	// Deadline returns the time when work done on behalf of this context should be canceled.
	Deadline() (deadline time.Time, ok bool)
	// Done returns a channel that's closed when work done on behalf of this context should be
	// canceled.
	Done() <-chan struct{}
	// If Done is not yet closed, Err returns nil.
	Err() error
	// Value returns the value associated with this context for key, or nil if no value is
	// associated with key.
	Value(key any) any
}
