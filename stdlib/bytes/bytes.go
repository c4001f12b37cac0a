// Package bytes: the API golite's type checker sees for import "bytes".
//
// Names, signatures and constant values are Go 1.19's (src/bytes, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
//
// golite: Compare, Contains, Equal, HasPrefix, HasSuffix, Index and IndexByte are
// Go source below (simple loops standing in for Go's assembly); bufio needs them.
package bytes

import (
	"io"
	"unicode"
)

// MinRead is the minimum slice size passed to a Read call by Buffer.ReadFrom.
const MinRead = 512

// ErrTooLarge is passed to panic if memory cannot be allocated to store data in a buffer.
var ErrTooLarge error // errors.New("bytes.Buffer: too large")

// Compare returns an integer comparing two byte slices lexicographically.
func Compare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return +1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return +1
	}
	return 0
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool {
	return Index(b, subslice) != -1
}

// ContainsAny reports whether any of the UTF-8-encoded code points in chars are within b.
func ContainsAny(b []byte, chars string) bool

// ContainsRune reports whether the rune is contained in the UTF-8-encoded byte slice b.
func ContainsRune(b []byte, r rune) bool

// Count counts the number of non-overlapping instances of sep in s.
func Count(s, sep []byte) int

// Cut slices s around the first instance of sep, returning the text before and after sep.
func Cut(s, sep []byte) (before, after []byte, found bool)

// Equal reports whether a and b are the same length and contain the same bytes.
func Equal(a, b []byte) bool {
	// Go: string(a) == string(b)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under simple
// Unicode case-folding, which is a more general form of case-insensitivity.
func EqualFold(s, t []byte) bool

// Fields interprets s as a sequence of UTF-8-encoded code points.
func Fields(s []byte) [][]byte

// FieldsFunc interprets s as a sequence of UTF-8-encoded code points.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[0:len(prefix)], prefix)
}

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// Index returns the index of the first instance of sep in s, or -1 if sep is not present in s.
func Index(s, sep []byte) int {
	n := len(sep)
	if n == 0 {
		return 0
	}
	if n > len(s) {
		return -1
	}
	c0 := sep[0]
	for i := 0; i+n <= len(s); i++ {
		if s[i] != c0 {
			continue
		}
		j := 1
		for j < n && s[i+j] == sep[j] {
			j++
		}
		if j == n {
			return i
		}
	}
	return -1
}

// IndexAny interprets s as a sequence of UTF-8-encoded Unicode code points.
func IndexAny(s []byte, chars string) int

// IndexByte returns the index of the first instance of c in b, or -1 if c is not present in b.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// IndexFunc interprets s as a sequence of UTF-8-encoded code points.
func IndexFunc(s []byte, f func(r rune) bool) int

// IndexRune interprets s as a sequence of UTF-8-encoded code points.
func IndexRune(s []byte, r rune) int

// Join concatenates the elements of s to create a new byte slice.
func Join(s [][]byte, sep []byte) []byte

// LastIndex returns the index of the last instance of sep in s, or -1 if sep is not present in
// s.
func LastIndex(s, sep []byte) int

// LastIndexAny interprets s as a sequence of UTF-8-encoded Unicode code points.
func LastIndexAny(s []byte, chars string) int

// LastIndexByte returns the index of the last instance of c in s, or -1 if c is not present in
// s.
func LastIndexByte(s []byte, c byte) int

// LastIndexFunc interprets s as a sequence of UTF-8-encoded code points.
func LastIndexFunc(s []byte, f func(r rune) bool) int

// Map returns a copy of the byte slice s with all its characters modified according to the
// mapping function.
func Map(mapping func(r rune) rune, s []byte) []byte

// NewBuffer creates and initializes a new Buffer using buf as its initial contents.
func NewBuffer(buf []byte) *Buffer

// NewBufferString creates and initializes a new Buffer using string s as its initial contents.
func NewBufferString(s string) *Buffer

// NewReader returns a new Reader reading from b.
func NewReader(b []byte) *Reader

// Repeat returns a new byte slice consisting of count copies of b.
func Repeat(b []byte, count int) []byte

// Replace returns a copy of the slice s with the first n non-overlapping instances of old
// replaced by new.
func Replace(s, old, new []byte, n int) []byte

// ReplaceAll returns a copy of the slice s with all non-overlapping instances of old replaced
// by new.
func ReplaceAll(s, old, new []byte) []byte

// Runes interprets s as a sequence of UTF-8-encoded code points.
func Runes(s []byte) []rune

// Split slices s into all subslices separated by sep and returns a slice of the subslices
// between those separators.
func Split(s, sep []byte) [][]byte

// SplitAfter slices s into all subslices after each instance of sep and returns a slice of
// those subslices.
func SplitAfter(s, sep []byte) [][]byte

// SplitAfterN slices s into subslices after each instance of sep and returns a slice of those
// subslices.
func SplitAfterN(s, sep []byte, n int) [][]byte

// SplitN slices s into subslices separated by sep and returns a slice of the subslices between
// those separators.
func SplitN(s, sep []byte, n int) [][]byte

// Title treats s as UTF-8-encoded bytes and returns a copy with all Unicode letters that begin
// words mapped to their title case.
func Title(s []byte) []byte

// ToLower returns a copy of the byte slice s with all Unicode letters mapped to their lower
// case.
func ToLower(s []byte) []byte

// ToLowerSpecial treats s as UTF-8-encoded bytes and returns a copy with all the Unicode
// letters mapped to their lower case, giving priority to the special casing rules.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte

// ToTitle treats s as UTF-8-encoded bytes and returns a copy with all the Unicode letters
// mapped to their title case.
func ToTitle(s []byte) []byte

// ToTitleSpecial treats s as UTF-8-encoded bytes and returns a copy with all the Unicode
// letters mapped to their title case, giving priority to the special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte

// ToUpper returns a copy of the byte slice s with all Unicode letters mapped to their upper
// case.
func ToUpper(s []byte) []byte

// ToUpperSpecial treats s as UTF-8-encoded bytes and returns a copy with all the Unicode
// letters mapped to their upper case, giving priority to the special casing rules.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte

// ToValidUTF8 treats s as UTF-8-encoded bytes and returns a copy with each run of bytes
// representing invalid UTF-8 replaced with the bytes in replacement, which may be empty.
func ToValidUTF8(s, replacement []byte) []byte

// Trim returns a subslice of s by slicing off all leading and trailing UTF-8-encoded code
// points contained in cutset.
func Trim(s []byte, cutset string) []byte

// TrimFunc returns a subslice of s by slicing off all leading and trailing UTF-8-encoded code
// points c that satisfy f(c).
func TrimFunc(s []byte, f func(r rune) bool) []byte

// TrimLeft returns a subslice of s by slicing off all leading UTF-8-encoded code points
// contained in cutset.
func TrimLeft(s []byte, cutset string) []byte

// TrimLeftFunc treats s as UTF-8-encoded bytes and returns a subslice of s by slicing off all
// leading UTF-8-encoded code points c that satisfy f(c).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte

// TrimPrefix returns s without the provided leading prefix string.
func TrimPrefix(s, prefix []byte) []byte

// TrimRight returns a subslice of s by slicing off all trailing UTF-8-encoded code points that
// are contained in cutset.
func TrimRight(s []byte, cutset string) []byte

// TrimRightFunc returns a subslice of s by slicing off all trailing UTF-8-encoded code points c
// that satisfy f(c).
func TrimRightFunc(s []byte, f func(r rune) bool) []byte

// TrimSpace returns a subslice of s by slicing off all leading and trailing white space, as
// defined by Unicode.
func TrimSpace(s []byte) []byte

// TrimSuffix returns s without the provided trailing suffix string.
func TrimSuffix(s, suffix []byte) []byte

// A Buffer is a variable-sized buffer of bytes with Read and Write methods.
type Buffer struct {
	buf []byte
	off int
}

// Bytes returns a slice of length b.Len() holding the unread portion of the buffer.
func (b *Buffer) Bytes() []byte

// Cap returns the capacity of the buffer's underlying byte slice, that is, the total space
// allocated for the buffer's data.
func (b *Buffer) Cap() int

// Grow grows the buffer's capacity, if necessary, to guarantee space for another n bytes.
func (b *Buffer) Grow(n int)

// Len returns the number of bytes of the unread portion of the buffer; b.Len() ==
// len(b.Bytes()).
func (b *Buffer) Len() int

// Next returns a slice containing the next n bytes from the buffer, advancing the buffer as if
// the bytes had been returned by Read.
func (b *Buffer) Next(n int) []byte

// Read reads the next len(p) bytes from the buffer or until the buffer is drained.
func (b *Buffer) Read(p []byte) (n int, err error)

// ReadByte reads and returns the next byte from the buffer.
func (b *Buffer) ReadByte() (byte, error)

// ReadBytes reads until the first occurrence of delim in the input, returning a slice
// containing the data up to and including the delimiter.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error)

// ReadFrom reads data from r until EOF and appends it to the buffer, growing the buffer as
// needed.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error)

// ReadRune reads and returns the next UTF-8-encoded Unicode code point from the buffer.
func (b *Buffer) ReadRune() (r rune, size int, err error)

// ReadString reads until the first occurrence of delim in the input, returning a string
// containing the data up to and including the delimiter.
func (b *Buffer) ReadString(delim byte) (line string, err error)

// Reset resets the buffer to be empty, but it retains the underlying storage for use by future
// writes.
func (b *Buffer) Reset()

// String returns the contents of the unread portion of the buffer as a string.
func (b *Buffer) String() string

// Truncate discards all but the first n unread bytes from the buffer but continues to use the
// same allocated storage.
func (b *Buffer) Truncate(n int)

// UnreadByte unreads the last byte returned by the most recent successful read operation that
// read at least one byte.
func (b *Buffer) UnreadByte() error

// UnreadRune unreads the last rune returned by ReadRune.
func (b *Buffer) UnreadRune() error

// Write appends the contents of p to the buffer, growing the buffer as needed.
func (b *Buffer) Write(p []byte) (n int, err error)

// WriteByte appends the byte c to the buffer, growing the buffer as needed.
func (b *Buffer) WriteByte(c byte) error

// WriteRune appends the UTF-8 encoding of Unicode code point r to the buffer, returning its
// length and an error, which is always nil but is included to match bufio.Writer's WriteRune.
func (b *Buffer) WriteRune(r rune) (n int, err error)

// WriteString appends the contents of s to the buffer, growing the buffer as needed.
func (b *Buffer) WriteString(s string) (n int, err error)

// WriteTo writes data to w until the buffer is drained or an error occurs.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error)

// A Reader implements the io.Reader, io.ReaderAt, io.WriterTo, io.Seeker, io.ByteScanner, and
// io.RuneScanner interfaces by reading from a byte slice.
type Reader struct {
	s        []byte
	i        int64
	prevRune int
}

// Len returns the number of bytes of the unread portion of the slice.
func (r *Reader) Len() int

// Read implements the io.Reader interface.
func (r *Reader) Read(b []byte) (n int, err error)

// ReadAt implements the io.ReaderAt interface.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error)

// ReadByte implements the io.ByteReader interface.
func (r *Reader) ReadByte() (byte, error)

// ReadRune implements the io.RuneReader interface.
func (r *Reader) ReadRune() (ch rune, size int, err error)

// Reset resets the Reader to be reading from b.
func (r *Reader) Reset(b []byte)

// Seek implements the io.Seeker interface.
func (r *Reader) Seek(offset int64, whence int) (int64, error)

// Size returns the original length of the underlying byte slice.
func (r *Reader) Size() int64

// UnreadByte complements ReadByte in implementing the io.ByteScanner interface.
func (r *Reader) UnreadByte() error

// UnreadRune complements ReadRune in implementing the io.RuneScanner interface.
func (r *Reader) UnreadRune() error

// WriteTo implements the io.WriterTo interface.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error)
