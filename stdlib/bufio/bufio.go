// Package bufio: the API golite's type checker sees for import "bufio".
//
// Names, signatures and constant values are Go 1.19's (src/bufio, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package bufio

import (
	"io"
)

const MaxScanTokenSize = 64 * 1024

var (
	ErrInvalidUnreadByte error // errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune error // errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        error // errors.New("bufio: buffer full")
	ErrNegativeCount     error // errors.New("bufio: negative count")
)

// Errors returned by Scanner.
var (
	ErrTooLong         error // errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance error // errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   error // errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    error // errors.New("bufio.Scanner: Read returned impossible count")
)

// ErrFinalToken is a special sentinel error value.
var ErrFinalToken error // errors.New("final token")

// NewReadWriter allocates a new ReadWriter that dispatches to r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter

// NewReader returns a new Reader whose buffer has the default size.
func NewReader(rd io.Reader) *Reader

// NewReaderSize returns a new Reader whose buffer has at least the specified size.
func NewReaderSize(rd io.Reader, size int) *Reader

// NewScanner returns a new Scanner to read from r.
func NewScanner(r io.Reader) *Scanner

// NewWriter returns a new Writer whose buffer has the default size.
func NewWriter(w io.Writer) *Writer

// NewWriterSize returns a new Writer whose buffer has at least the specified size.
func NewWriterSize(w io.Writer, size int) *Writer

// ScanBytes is a split function for a Scanner that returns each byte as a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error)

// ScanLines is a split function for a Scanner that returns each line of text, stripped of any
// trailing end-of-line marker.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)

// ScanRunes is a split function for a Scanner that returns each UTF-8-encoded rune as a token.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error)

// ScanWords is a split function for a Scanner that returns each space-separated word of text,
// with surrounding spaces deleted.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)

// ReadWriter stores pointers to a Reader and a Writer.
type ReadWriter struct {
	*Reader
	*Writer
}

// Reader implements buffering for an io.Reader object.
type Reader struct {
	buf          []byte
	r, w         int
	err          error
	lastByte     int
	lastRuneSize int
}

// Buffered returns the number of bytes that can be read from the current buffer.
func (b *Reader) Buffered() int

// Discard skips the next n bytes, returning the number of bytes discarded.
func (b *Reader) Discard(n int) (discarded int, err error)

// Peek returns the next n bytes without advancing the reader.
func (b *Reader) Peek(n int) ([]byte, error)

// Read reads data into p.
func (b *Reader) Read(p []byte) (n int, err error)

// ReadByte reads and returns a single byte.
func (b *Reader) ReadByte() (byte, error)

// ReadBytes reads until the first occurrence of delim in the input, returning a slice
// containing the data up to and including the delimiter.
func (b *Reader) ReadBytes(delim byte) ([]byte, error)

// ReadLine is a low-level line-reading primitive.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error)

// ReadRune reads a single UTF-8 encoded Unicode character and returns the rune and its size in
// bytes.
func (b *Reader) ReadRune() (r rune, size int, err error)

// ReadSlice reads until the first occurrence of delim in the input, returning a slice pointing
// at the bytes in the buffer.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error)

// ReadString reads until the first occurrence of delim in the input, returning a string
// containing the data up to and including the delimiter.
func (b *Reader) ReadString(delim byte) (string, error)

// Reset discards any buffered data, resets all state, and switches the buffered reader to read
// from r.
func (b *Reader) Reset(r io.Reader)

// Size returns the size of the underlying buffer in bytes.
func (b *Reader) Size() int

// UnreadByte unreads the last byte.
func (b *Reader) UnreadByte() error

// UnreadRune unreads the last rune.
func (b *Reader) UnreadRune() error

// WriteTo implements io.WriterTo.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error)

// Scanner provides a convenient interface for reading data such as a file of newline-delimited
// lines of text.
type Scanner struct {
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start        int
	end          int
	err          error
	empties      int
	scanCalled   bool
	done         bool
}

// Buffer sets the initial buffer to use when scanning and the maximum size of buffer that may
// be allocated during scanning.
func (s *Scanner) Buffer(buf []byte, max int)

// Bytes returns the most recent token generated by a call to Scan.
func (s *Scanner) Bytes() []byte

// Err returns the first non-EOF error that was encountered by the Scanner.
func (s *Scanner) Err() error

// Scan advances the Scanner to the next token, which will then be available through the Bytes
// or Text method.
func (s *Scanner) Scan() bool

// Split sets the split function for the Scanner.
func (s *Scanner) Split(split SplitFunc)

// Text returns the most recent token generated by a call to Scan as a newly allocated string
// holding its bytes.
func (s *Scanner) Text() string

// SplitFunc is the signature of the split function used to tokenize the input.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Writer implements buffering for an io.Writer object.
type Writer struct {
	err error
	buf []byte
	n   int
}

// Available returns how many bytes are unused in the buffer.
func (b *Writer) Available() int

// AvailableBuffer returns an empty buffer with b.Available() capacity.
func (b *Writer) AvailableBuffer() []byte

// Buffered returns the number of bytes that have been written into the current buffer.
func (b *Writer) Buffered() int

// Flush writes any buffered data to the underlying io.Writer.
func (b *Writer) Flush() error

// ReadFrom implements io.ReaderFrom.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error)

// Reset discards any unflushed buffered data, clears any error, and resets b to write its
// output to w.
func (b *Writer) Reset(w io.Writer)

// Size returns the size of the underlying buffer in bytes.
func (b *Writer) Size() int

// Write writes the contents of p into the buffer.
func (b *Writer) Write(p []byte) (nn int, err error)

// WriteByte writes a single byte.
func (b *Writer) WriteByte(c byte) error

// WriteRune writes a single Unicode code point, returning the number of bytes written and any
// error.
func (b *Writer) WriteRune(r rune) (size int, err error)

// WriteString writes a string.
func (b *Writer) WriteString(s string) (int, error)
