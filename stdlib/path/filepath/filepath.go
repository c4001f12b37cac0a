// Package filepath: the API golite's type checker sees for import "path/filepath".
//
// Names, signatures and constant values are Go 1.19's (src/path/filepath, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package filepath

import (
	"io/fs"
	"os"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern error // errors.New("syntax error in pattern")

// SkipDir is used as a return value from WalkFuncs to indicate that the directory named in the
// call is to be skipped.
var SkipDir error // fs.SkipDir

// Abs returns an absolute representation of path.
func Abs(path string) (string, error)

// Base returns the last element of path.
func Base(path string) string

// Clean returns the shortest path name equivalent to path by purely lexical processing.
func Clean(path string) string

// Dir returns all but the last element of path, typically the path's directory.
func Dir(path string) string

// Ext returns the file name extension used by path.
func Ext(path string) string

// FromSlash returns the result of replacing each slash ('/') character in path with a separator
// character.
func FromSlash(path string) string

// Glob returns the names of all files matching pattern or nil if there is no matching file.
func Glob(pattern string) (matches []string, err error)

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool

// Join joins any number of path elements into a single path, separating them with an OS
// specific Separator.
func Join(elem ...string) string

// Match reports whether name matches the shell file name pattern.
func Match(pattern, name string) (matched bool, err error)

// Rel returns a relative path that is lexically equivalent to targpath when joined to basepath
// with an intervening separator.
func Rel(basepath, targpath string) (string, error)

// Split splits path immediately following the final Separator, separating it into a directory
// and file name component.
func Split(path string) (dir, file string)

// SplitList splits a list of paths joined by the OS-specific ListSeparator, usually found in
// PATH or GOPATH environment variables.
func SplitList(path string) []string

// ToSlash returns the result of replacing each separator character in path with a slash ('/')
// character.
func ToSlash(path string) string

// VolumeName returns leading volume name.
func VolumeName(path string) string

// Walk walks the file tree rooted at root, calling fn for each file or directory in the tree,
// including root.
func Walk(root string, fn WalkFunc) error

// WalkDir walks the file tree rooted at root, calling fn for each file or directory in the
// tree, including root.
func WalkDir(root string, fn fs.WalkDirFunc) error

// WalkFunc is the type of the function called by Walk to visit each file or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error
