// Package fmt: the API golite's type checker sees for import "fmt".
//
// Names, signatures and constant values are Go 1.19's (src/fmt, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
//
// Printing is native (runtime/fmt.c through stdlib/native_fmt.c); Errorf and
// the Fprint functions are Go source over it. Scanning is Go 1.19's scan.go
// ported to C (stdlib/native_fmt.c: scanString, scanReader); the Scan functions
// below call it and make its errors Go's values.
package fmt

import (
	"errors"
	"io"
	"unicode/utf8"
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
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return fscan(r, 0, "", a)
}

// Fscanf scans text read from r, storing successive space-separated values into successive
// arguments as determined by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return fscan(r, 2, format, a)
}

// Fscanln is similar to Fscan, but stops scanning at a newline and after the final item there
// must be a newline or EOF.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return fscan(r, 1, "", a)
}

// Print formats using the default formats for its operands and writes to standard output.
func Print(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error)

// Println formats using the default formats for its operands and writes to standard output.
func Println(a ...any) (n int, err error)

// Scan scans text read from standard input, storing successive space-separated values into
// successive arguments.
func Scan(a ...any) (n int, err error) {
	return fscan(nil, 4, "", a)
}

// Scanf scans text read from standard input, storing successive space-separated values into
// successive arguments as determined by the format.
func Scanf(format string, a ...any) (n int, err error) {
	return fscan(nil, 4|2, format, a)
}

// Scanln is similar to Scan, but stops scanning at a newline and after the final item there
// must be a newline or EOF.
func Scanln(a ...any) (n int, err error) {
	return fscan(nil, 4|1, "", a)
}

// Sprint formats using the default formats for its operands and returns the resulting string.
func Sprint(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Sprintln formats using the default formats for its operands and returns the resulting string.
func Sprintln(a ...any) string

// Sscan scans the argument string, storing successive space-separated values into successive
// arguments.
func Sscan(str string, a ...any) (n int, err error) {
	n, kind, msg, e := scanString(str, 0, "", a, io.EOF, callScan)
	return n, scanErr(kind, msg, e)
}

// Sscanf scans the argument string, storing successive space-separated values into successive
// arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	n, kind, msg, e := scanString(str, 2, format, a, io.EOF, callScan)
	return n, scanErr(kind, msg, e)
}

// Sscanln is similar to Sscan, but stops scanning at a newline and after the final item there
// must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	n, kind, msg, e := scanString(str, 1, "", a, io.EOF, callScan)
	return n, scanErr(kind, msg, e)
}

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

// ---- Scanning ----
//
// The scanner is native: scanString (Sscan, Sscanln, Sscanf) and scanReader
// (Fscan..., and Scan... on standard input, which they read as Go's
// Fscan(os.Stdin) does: a byte at a time) run Go's doScan or doScanf. Their
// error comes back as a kind for scanErr. mode: 0 Scan, 1 Scanln, 2 Scanf.

func scanString(str string, mode int, format string, a []any, eof error,
	callScan func(any, uintptr, rune) (error, int)) (n int, kind int, msg string, err error)

// scanReader reads r: through rs when r is an io.RuneScanner, else through r's
// Read into b, one byte at a time. mode 4 and up: standard input.
func scanReader(r io.Reader, rs io.RuneScanner, b []byte, mode int, format string, a []any,
	eof error, callScan func(any, uintptr, rune) (error, int)) (n int, kind int, msg string, err error)

func fscan(r io.Reader, mode int, format string, a []any) (n int, err error) {
	rs, ok := r.(io.RuneScanner)
	var b []byte
	if !ok && mode < 4 {
		b = make([]byte, 1)
	}
	n, kind, msg, e := scanReader(r, rs, b, mode, format, a, io.EOF, callScan)
	return n, scanErr(kind, msg, e)
}

// scanErr is the error of the native scanner's kind: io.EOF (1),
// io.ErrUnexpectedEOF (2), a message (3: Go's errors.New and strconv's
// *NumError texts) or an error value from a reader or a Scanner (4).
func scanErr(kind int, msg string, err error) error {
	switch kind {
	case 1:
		return io.EOF
	case 2:
		return io.ErrUnexpectedEOF
	case 3:
		return errors.New(msg)
	case 4:
		return err
	}
	return nil
}

// scanError represents an error generated by the scanning software.
// It's used as a unique signature to identify such errors when recovering.
type scanError struct {
	err error
}

// callScan is what Go's scanOne does for an operand that implements Scanner,
// with a ScanState over the native scanner h. caught is -1 when arg is not a
// Scanner, 1 when a ScanState method panicked with a scanError (its error in
// err), 2 for a panic with io.EOF (Go's errorHandler returns both).
func callScan(arg any, h uintptr, verb rune) (err error, caught int) {
	sc, ok := arg.(Scanner)
	if !ok {
		return nil, -1
	}
	st := &scanState{h: h}
	defer func() {
		st.h = 0
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err, caught = se.err, 1
			} else if eof, ok := e.(error); ok && eof == io.EOF {
				err, caught = eof, 2
			} else {
				panic(e)
			}
		}
	}()
	return sc.Scan(st, verb), 0
}

// scanState is the ScanState a Scanner's Scan method gets: Go's ss, whose state
// is the native scanner's (h, 0 once the Scan call is over).
type scanState struct {
	h   uintptr
	buf []byte
}

// The natives behind scanState's methods.
func ssReadRune(h uintptr) (r rune, size int, err error, msg string)
func ssUnreadRune(h uintptr)
func ssSkipSpace(h uintptr) (kind int, msg string, err error)
func ssWidth(h uintptr) (wid int, ok bool)

// freed is what Go's ss reads from once its Scan call is over and it is freed:
// nil, whose methods panic.
func (s *scanState) freed() io.RuneScanner {
	return nil
}

// The methods below are Go 1.19's ss methods (scan.go).

func (s *scanState) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *scanState) ReadRune() (r rune, size int, err error) {
	if s.h == 0 {
		s.freed().ReadRune()
	}
	r, size, err, msg := ssReadRune(s.h)
	if msg != "" {
		err = errors.New(msg)
	}
	return
}

func (s *scanState) UnreadRune() error {
	if s.h == 0 {
		s.freed().UnreadRune()
	}
	ssUnreadRune(s.h)
	return nil
}

func (s *scanState) Width() (wid int, ok bool) {
	if s.h == 0 {
		return 0, false
	}
	return ssWidth(s.h)
}

func (s *scanState) SkipSpace() {
	if s.h == 0 {
		s.freed().ReadRune()
	}
	if kind, msg, err := ssSkipSpace(s.h); kind != 0 {
		if kind == 1 {
			panic(io.EOF)
		}
		panic(scanError{scanErr(kind, msg, err)})
	}
}

func (s *scanState) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r, _, err := s.ReadRune()
		if err != nil {
			if err == io.EOF {
				break
			}
			panic(scanError{err})
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf, nil
}

// space is a copy of the unicode.White_Space ranges,
// to avoid depending on package unicode.
var space = [][2]uint16{
	{0x0009, 0x000d},
	{0x0020, 0x0020},
	{0x0085, 0x0085},
	{0x00a0, 0x00a0},
	{0x1680, 0x1680},
	{0x2000, 0x200a},
	{0x2028, 0x2029},
	{0x202f, 0x202f},
	{0x205f, 0x205f},
	{0x3000, 0x3000},
}

func isSpace(r rune) bool {
	if r >= 1<<16 {
		return false
	}
	rx := uint16(r)
	for _, rng := range space {
		if rx < rng[0] {
			return false
		}
		if rx <= rng[1] {
			return true
		}
	}
	return false
}

// notSpace is the default scanning function used in Token.
func notSpace(r rune) bool {
	return !isSpace(r)
}
