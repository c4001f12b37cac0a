// Package path: the API golite's type checker sees for import "path".
//
// Names, signatures and constant values are Go 1.19's (src/path, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package path

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern error // errors.New("syntax error in pattern")

// Base returns the last element of path.
func Base(path string) string

// Clean returns the shortest path name equivalent to path by purely lexical processing.
func Clean(path string) string

// Dir returns all but the last element of path, typically the path's directory.
func Dir(path string) string

// Ext returns the file name extension used by path.
func Ext(path string) string

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool

// Join joins any number of path elements into a single path, separating them with slashes.
func Join(elem ...string) string

// Match reports whether name matches the shell pattern.
func Match(pattern, name string) (matched bool, err error)

// Split splits path immediately following the final slash, separating it into a directory and
// file name component.
func Split(path string) (dir, file string)
