// Package fmt: the API golite's type checker sees for import "fmt".
//
// Names, signatures and constant values are Go 1.19's (src/fmt, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
//
// Printing is native (runtime/fmt.c through stdlib/native_fmt.c); Errorf and
// the Fprint functions are Go source over it. Scanning is not implemented.
package fmt

import (
	"errors"
	"io"
)

// errorf formats like Sprintf, allowing one %w verb, and returns the
// operand of the %w verb (nil when there is none). Native.
func errorf(format string, a []any) (string, any)

// wrapError is the error Errorf returns when its format has a %w verb.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// Append formats using the default formats for its operands, appends the result to the byte
// slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte

// Appendf formats according to a format specifier, appends the result to the byte slice, and
// returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte

// Appendln formats using the default formats for its operands, appends the result to the byte
// slice, and returns the updated slice.
func Appendln(b []byte, a ...any) []byte

// Errorf formats according to a format specifier and returns the string as a value that
// satisfies error.
func Errorf(format string, a ...any) error {
	s, w := errorf(format, a)
	if w == nil {
		return errors.New(s)
	}
	return &wrapError{s, w.(error)}
}

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write(Append(nil, a...))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write(Appendf(nil, format, a...))
}

// Fprintln formats using the default formats for its operands and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write(Appendln(nil, a...))
}

// Fscan scans text read from r, storing successive space-separated values into successive
// arguments.
func Fscan(r io.Reader, a ...any) (n int, err error)

// Fscanf scans text read from r, storing successive space-separated values into successive
// arguments as determined by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)

// Fscanln is similar to Fscan, but stops scanning at a newline and after the final item there
// must be a newline or EOF.
func Fscanln(r io.Reader, a ...any) (n int, err error)

// Print formats using the default formats for its operands and writes to standard output.
func Print(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error)

// Println formats using the default formats for its operands and writes to standard output.
func Println(a ...any) (n int, err error)

// Scan scans text read from standard input, storing successive space-separated values into
// successive arguments.
func Scan(a ...any) (n int, err error)

// Scanf scans text read from standard input, storing successive space-separated values into
// successive arguments as determined by the format.
func Scanf(format string, a ...any) (n int, err error)

// Scanln is similar to Scan, but stops scanning at a newline and after the final item there
// must be a newline or EOF.
func Scanln(a ...any) (n int, err error)

// Sprint formats using the default formats for its operands and returns the resulting string.
func Sprint(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Sprintln formats using the default formats for its operands and returns the resulting string.
func Sprintln(a ...any) string

// Sscan scans the argument string, storing successive space-separated values into successive
// arguments.
func Sscan(str string, a ...any) (n int, err error)

// Sscanf scans the argument string, storing successive space-separated values into successive
// arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error)

// Sscanln is similar to Sscan, but stops scanning at a newline and after the final item there
// must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error)

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// GoStringer is implemented by any value that has a GoString method, which defines the Go
// syntax for that value.
type GoStringer interface {
	GoString() string
}

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	// ReadRune reads the next rune (Unicode code point) from the input.
	ReadRune() (r rune, size int, err error)
	// UnreadRune causes the next call to ReadRune to return the same rune.
	UnreadRune() error
	// SkipSpace skips space in the input.
	SkipSpace()
	// Token skips space in the input if skipSpace is true, then returns the run of Unicode code
	// points c satisfying f(c).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Because ReadRune is implemented by the interface, Read should never be called by the scanning
	// routines and a valid implementation of ScanState may choose always to return an error from
	// Read.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans the input for the
// representation of a value and stores the result in the receiver, which must be a pointer to
// be useful.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// State represents the printer state passed to custom formatters.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)
	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// Stringer is implemented by any value that has a String method, which defines the “native”
// format for that value.
type Stringer interface {
	String() string
}
