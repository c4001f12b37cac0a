// Package io: the API golite's type checker sees for import "io".
//
// Names, signatures and constant values are Go 1.19's (src/io, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package io

import (
	"errors"
)

// Seek whence values.
const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

// ErrShortWrite means that a write accepted fewer bytes than requested but failed to return an
// explicit error.
var ErrShortWrite = errors.New("short write")

// ErrShortBuffer means that a read required a longer buffer than was provided.
var ErrShortBuffer = errors.New("short buffer")

// EOF is the error returned by Read when no more input is available.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means that EOF was encountered in the middle of reading a fixed-size block
// or data structure.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrNoProgress is returned by some clients of a Reader when many calls to Read have failed to
// return any data or error, usually the sign of a broken Reader implementation.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// Discard is a Writer on which all Write calls succeed without doing anything.
var Discard Writer

// ErrClosedPipe is the error used for read or write operations on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// Copy copies from src to dst until either EOF is reached on src or an error occurs.
func Copy(dst Writer, src Reader) (written int64, err error)

// CopyBuffer is identical to Copy except that it stages through the provided buffer (if one is
// required) rather than allocating a temporary one.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error)

// CopyN copies n bytes (or until an error) from src to dst.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error)

// LimitReader returns a Reader that reads from r but stops with EOF after n bytes.
func LimitReader(r Reader, n int64) Reader

// MultiReader returns a Reader that's the logical concatenation of the provided input readers.
func MultiReader(readers ...Reader) Reader

// MultiWriter creates a writer that duplicates its writes to all the provided writers, similar
// to the Unix tee(1) command.
func MultiWriter(writers ...Writer) Writer

// NewSectionReader returns a SectionReader that reads from r starting at offset off and stops
// with EOF after n bytes.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader

// NopCloser returns a ReadCloser with a no-op Close method wrapping the provided Reader r.
func NopCloser(r Reader) ReadCloser

// Pipe creates a synchronous in-memory pipe.
func Pipe() (*PipeReader, *PipeWriter)

// ReadAll reads from r until an error or EOF and returns the data it read.
func ReadAll(r Reader) ([]byte, error)

// ReadAtLeast reads from r into buf until it has read at least min bytes.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error)

// ReadFull reads exactly len(buf) bytes from r into buf.
func ReadFull(r Reader, buf []byte) (n int, err error)

// TeeReader returns a Reader that writes to w what it reads from r.
func TeeReader(r Reader, w Writer) Reader

// WriteString writes the contents of the string s to w, which accepts a slice of bytes.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ByteReader is the interface that wraps the ReadByte method.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner is the interface that adds the UnreadByte method to the basic ReadByte method.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// ByteWriter is the interface that wraps the WriteByte method.
type ByteWriter interface {
	WriteByte(c byte) error
}

// Closer is the interface that wraps the basic Close method.
type Closer interface {
	Close() error
}

// A LimitedReader reads from R but limits the amount of data returned to just N bytes.
type LimitedReader struct {
	R Reader
	N int64
}

func (l *LimitedReader) Read(p []byte) (n int, err error)

// A PipeReader is the read half of a pipe.
type PipeReader struct {
	p uintptr // Go: *pipe
}

// Close closes the reader; subsequent writes to the write half of the pipe will return the
// error ErrClosedPipe.
func (r *PipeReader) Close() error

// CloseWithError closes the reader; subsequent writes to the write half of the pipe will return
// the error err.
func (r *PipeReader) CloseWithError(err error) error

// Read implements the standard Read interface: it reads data from the pipe, blocking until a
// writer arrives or the write end is closed.
func (r *PipeReader) Read(data []byte) (n int, err error)

// A PipeWriter is the write half of a pipe.
type PipeWriter struct {
	p uintptr // Go: *pipe
}

// Close closes the writer; subsequent reads from the read half of the pipe will return no bytes
// and EOF.
func (w *PipeWriter) Close() error

// CloseWithError closes the writer; subsequent reads from the read half of the pipe will return
// no bytes and the error err, or EOF if err is nil.
func (w *PipeWriter) CloseWithError(err error) error

// Write implements the standard Write interface: it writes data to the pipe, blocking until one
// or more readers have consumed all the data or the read end is closed.
func (w *PipeWriter) Write(data []byte) (n int, err error)

// ReadCloser is the interface that groups the basic Read and Close methods.
type ReadCloser interface {
	Reader
	Closer
}

// ReadSeekCloser is the interface that groups the basic Read, Seek and Close methods.
type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

// ReadSeeker is the interface that groups the basic Read and Seek methods.
type ReadSeeker interface {
	Reader
	Seeker
}

// ReadWriteCloser is the interface that groups the basic Read, Write and Close methods.
type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

// ReadWriteSeeker is the interface that groups the basic Read, Write and Seek methods.
type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReadWriter is the interface that groups the basic Read and Write methods.
type ReadWriter interface {
	Reader
	Writer
}

// Reader is the interface that wraps the basic Read method.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// ReaderAt is the interface that wraps the basic ReadAt method.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// ReaderFrom is the interface that wraps the ReadFrom method.
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// RuneReader is the interface that wraps the ReadRune method.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// RuneScanner is the interface that adds the UnreadRune method to the basic ReadRune method.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// SectionReader implements Read, Seek, and ReadAt on a section of an underlying ReaderAt.
type SectionReader struct {
	r     ReaderAt
	base  int64
	off   int64
	limit int64
}

func (s *SectionReader) Read(p []byte) (n int, err error)
func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error)
func (s *SectionReader) Seek(offset int64, whence int) (int64, error)

// Size returns the size of the section in bytes.
func (s *SectionReader) Size() int64

// Seeker is the interface that wraps the basic Seek method.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

// StringWriter is the interface that wraps the WriteString method.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteCloser is the interface that groups the basic Write and Close methods.
type WriteCloser interface {
	Writer
	Closer
}

// WriteSeeker is the interface that groups the basic Write and Seek methods.
type WriteSeeker interface {
	Writer
	Seeker
}

// Writer is the interface that wraps the basic Write method.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// WriterAt is the interface that wraps the basic WriteAt method.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

// WriterTo is the interface that wraps the WriteTo method.
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}
