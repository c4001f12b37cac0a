// Package ioutil: the API golite's type checker sees for import "io/ioutil".
//
// Names, signatures and constant values are Go 1.19's (src/io/ioutil, Copyright The Go
// Authors, BSD-style licence). The bodies are Go 1.19's own source (ioutil.go,
// tempfile.go): thin wrappers over io and os. Checked against Go by stdlib/verify_api.sh.
package ioutil

import (
	"io"
	"io/fs"
	"os"
	"sort"
)

// Discard is an io.Writer on which all Write calls succeed without doing anything.
var Discard io.Writer = io.Discard

// NopCloser returns a ReadCloser with a no-op Close method wrapping the provided Reader r.
func NopCloser(r io.Reader) io.ReadCloser {
	return io.NopCloser(r)
}

// ReadAll reads from r until an error or EOF and returns the data it read.
func ReadAll(r io.Reader) ([]byte, error) {
	return io.ReadAll(r)
}

// ReadDir reads the directory named by dirname and returns a list of fs.FileInfo for the
// directory's contents, sorted by filename.
func ReadDir(dirname string) ([]fs.FileInfo, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	list, err := f.Readdir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, nil
}

// ReadFile reads the file named by filename and returns the contents.
func ReadFile(filename string) ([]byte, error) {
	return os.ReadFile(filename)
}

// TempDir creates a new temporary directory in the directory dir.
func TempDir(dir, pattern string) (name string, err error) {
	return os.MkdirTemp(dir, pattern)
}

// TempFile creates a new temporary file in the directory dir, opens the file for reading and
// writing, and returns the resulting *os.File.
func TempFile(dir, pattern string) (f *os.File, err error) {
	return os.CreateTemp(dir, pattern)
}

// WriteFile writes data to a file named by filename.
func WriteFile(filename string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(filename, data, perm)
}
