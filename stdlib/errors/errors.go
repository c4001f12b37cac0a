// Package errors: the API golite's type checker sees for import "errors".
//
// Names, signatures and constant values are Go 1.19's (src/errors, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package errors

// As finds the first error in err's chain that matches target, and if one is found, sets target
// to that error value and returns true.
func As(err error, target any) bool

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool

// New returns an error that formats as the given text.
func New(text string) error

// Unwrap returns the result of calling the Unwrap method on err, if err's type contains an
// Unwrap method returning error.
func Unwrap(err error) error
