// Package errors: the API golite's type checker sees for import "errors".
//
// Names, signatures and constant values are Go 1.19's (src/errors, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
//
// New, Unwrap and Is are Go source (Go's own, with isComparable, a native
// of stdlib/native_fmt.c, standing in for reflectlite); As needs the runtime.
package errors

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// isComparable reports whether v's dynamic type is comparable.
func isComparable(v any) bool

// As finds the first error in err's chain that matches target, and if one is found, sets target
// to that error value and returns true.
func As(err error, target any) bool

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	canCompare := isComparable(target)
	for {
		if canCompare && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		// TODO: consider supporting target.Is(err). This would allow
		// user-definable predicates, but also may allow for coping with sloppy
		// APIs, thereby making it easier to get away with them.
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// New returns an error that formats as the given text.
func New(text string) error {
	return &errorString{text}
}

// Unwrap returns the result of calling the Unwrap method on err, if err's type contains an
// Unwrap method returning error.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}
