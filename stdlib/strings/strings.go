// Package strings: the API golite's type checker sees for import "strings".
//
// Names, signatures and constant values are Go 1.19's (src/strings, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
//
// The plain functions and Builder are native (stdlib/native_strings.c). Reader and
// Replacer are Go source below, and so are the functions taking a func (Map, FieldsFunc,
// IndexFunc, LastIndexFunc, TrimFunc, TrimLeftFunc, TrimRightFunc) and the *Special case
// mappings, whose bodies are Go 1.19's own.
package strings

import (
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
)

// Clone returns a fresh copy of s.
func Clone(s string) string

// Compare returns an integer comparing two strings lexicographically.
func Compare(a, b string) int

// Contains reports whether substr is within s.
func Contains(s, substr string) bool

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool

// Count counts the number of non-overlapping instances of substr in s.
func Count(s, substr string) int

// Cut slices s around the first instance of sep, returning the text before and after sep.
func Cut(s, sep string) (before, after string, found bool)

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are equal under simple
// Unicode case-folding, which is a more general form of case-insensitivity.
func EqualFold(s, t string) bool

// Fields splits the string s around each instance of one or more consecutive white space
// characters, as defined by unicode.IsSpace, returning a slice of substrings of s or an empty
// slice if s contains only white space.
func Fields(s string) []string

// FieldsFunc splits the string s at each run of Unicode code points c satisfying f(c) and
// returns an array of slices of s.
func FieldsFunc(s string, f func(rune) bool) []string {
	// A span is used to record a slice of s of the form s[start:end].
	// The start index is inclusive and the end index is exclusive.
	type span struct {
		start int
		end   int
	}
	spans := make([]span, 0, 32)

	// Find the field start and end indices.
	// Doing this in a separate pass (rather than slicing the string s
	// and collecting the result substrings right away) is significantly
	// more efficient, possibly due to cache effects.
	start := -1 // valid span start if >= 0
	for end, rune := range s {
		if f(rune) {
			if start >= 0 {
				spans = append(spans, span{start, end})
				// Set start to a negative value.
				// Note: using -1 here consistently and reproducibly
				// slows down this code by a several percent on amd64.
				start = ^start
			}
		} else {
			if start < 0 {
				start = end
			}
		}
	}

	// Last field might end at EOF.
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}

	// Create strings from recorded field indices.
	a := make([]string, len(spans))
	for i, span := range spans {
		a[i] = s[span.start:span.end]
	}

	return a
}

// HasPrefix tests whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool

// HasSuffix tests whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool

// Index returns the index of the first instance of substr in s, or -1 if substr is not present
// in s.
func Index(s, substr string) int

// IndexAny returns the index of the first instance of any Unicode code point from chars in s,
// or -1 if no Unicode code point from chars is present in s.
func IndexAny(s, chars string) int

// IndexByte returns the index of the first instance of c in s, or -1 if c is not present in s.
func IndexByte(s string, c byte) int

// IndexFunc returns the index into s of the first Unicode code point satisfying f(c), or -1 if
// none do.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// IndexRune returns the index of the first instance of the Unicode code point r, or -1 if rune
// is not present in s.
func IndexRune(s string, r rune) int

// Join concatenates the elements of its first argument to create a single string.
func Join(elems []string, sep string) string

// LastIndex returns the index of the last instance of substr in s, or -1 if substr is not
// present in s.
func LastIndex(s, substr string) int

// LastIndexAny returns the index of the last instance of any Unicode code point from chars in
// s, or -1 if no Unicode code point from chars is present in s.
func LastIndexAny(s, chars string) int

// LastIndexByte returns the index of the last instance of c in s, or -1 if c is not present in
// s.
func LastIndexByte(s string, c byte) int

// LastIndexFunc returns the index into s of the last Unicode code point satisfying f(c), or -1
// if none do.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// indexFunc is the same as IndexFunc except that if
// truth==false, the sense of the predicate function is
// inverted.
func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// lastIndexFunc is the same as LastIndexFunc except that if
// truth==false, the sense of the predicate function is
// inverted.
func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Map returns a copy of the string s with all its characters modified according to the mapping
// function.
func Map(mapping func(rune) rune, s string) string {
	// In the worst case, the string can grow when mapped, making
	// things unpleasant. But it's so rare we barge in assuming it's
	// fine. It could also shrink but that falls out naturally.

	// The output buffer b is initialized on demand, the first
	// time a character differs.
	var b Builder

	for i, c := range s {
		r := mapping(c)
		if r == c && c != utf8.RuneError {
			continue
		}

		var width int
		if c == utf8.RuneError {
			c, width = utf8.DecodeRuneInString(s[i:])
			if width != 1 && r == c {
				continue
			}
		} else {
			width = utf8.RuneLen(c)
		}

		b.Grow(len(s) + utf8.UTFMax)
		b.WriteString(s[:i])
		if r >= 0 {
			b.WriteRune(r)
		}

		s = s[i+width:]
		break
	}

	// Fast path for unchanged input
	if b.Cap() == 0 { // didn't call b.Grow above
		return s
	}

	for _, c := range s {
		r := mapping(c)

		if r >= 0 {
			// common case
			// Due to inlining, it is more performant to determine if WriteByte should be
			// invoked rather than always call WriteRune
			if r < utf8.RuneSelf {
				b.WriteByte(byte(r))
			} else {
				// r is not a ASCII rune.
				b.WriteRune(r)
			}
		}
	}

	return b.String()
}

// NewReader returns a new Reader reading from s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// NewReplacer returns a new Replacer from a list of old, new string pairs.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// Repeat returns a new string consisting of count copies of the string s.
func Repeat(s string, count int) string

// Replace returns a copy of the string s with the first n non-overlapping instances of old
// replaced by new.
func Replace(s, old, new string, n int) string

// ReplaceAll returns a copy of the string s with all non-overlapping instances of old replaced
// by new.
func ReplaceAll(s, old, new string) string

// Split slices s into all substrings separated by sep and returns a slice of the substrings
// between those separators.
func Split(s, sep string) []string

// SplitAfter slices s into all substrings after each instance of sep and returns a slice of
// those substrings.
func SplitAfter(s, sep string) []string

// SplitAfterN slices s into substrings after each instance of sep and returns a slice of those
// substrings.
func SplitAfterN(s, sep string, n int) []string

// SplitN slices s into substrings separated by sep and returns a slice of the substrings
// between those separators.
func SplitN(s, sep string, n int) []string

// Title returns a copy of the string s with all Unicode letters that begin words mapped to
// their Unicode title case.
func Title(s string) string

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string

// ToLowerSpecial returns a copy of the string s with all Unicode letters mapped to their lower
// case using the case mapping specified by c.
func ToLowerSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToLower, s)
}

// ToTitle returns a copy of the string s with all Unicode letters mapped to their Unicode title
// case.
func ToTitle(s string) string

// ToTitleSpecial returns a copy of the string s with all Unicode letters mapped to their
// Unicode title case, giving priority to the special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToTitle, s)
}

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string

// ToUpperSpecial returns a copy of the string s with all Unicode letters mapped to their upper
// case using the case mapping specified by c.
func ToUpperSpecial(c unicode.SpecialCase, s string) string {
	return Map(c.ToUpper, s)
}

// ToValidUTF8 returns a copy of the string s with each run of invalid UTF-8 byte sequences
// replaced by the replacement string, which may be empty.
func ToValidUTF8(s, replacement string) string

// Trim returns a slice of the string s with all leading and trailing Unicode code points
// contained in cutset removed.
func Trim(s, cutset string) string

// TrimFunc returns a slice of the string s with all leading and trailing Unicode code points c
// satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeft returns a slice of the string s with all leading Unicode code points contained in
// cutset removed.
func TrimLeft(s, cutset string) string

// TrimLeftFunc returns a slice of the string s with all leading Unicode code points c
// satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimPrefix returns s without the provided leading prefix string.
func TrimPrefix(s, prefix string) string

// TrimRight returns a slice of the string s, with all trailing Unicode code points contained in
// cutset removed.
func TrimRight(s, cutset string) string

// TrimRightFunc returns a slice of the string s with all trailing Unicode code points c
// satisfying f(c) removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// TrimSpace returns a slice of the string s, with all leading and trailing white space removed,
// as defined by Unicode.
func TrimSpace(s string) string

// TrimSuffix returns s without the provided trailing suffix string.
func TrimSuffix(s, suffix string) string

// A Builder is used to efficiently build a string using Write methods.
type Builder struct {
	addr *Builder
	buf  []byte
}

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int

// Grow grows b's capacity, if necessary, to guarantee space for another n bytes.
func (b *Builder) Grow(n int)

// Len returns the number of accumulated bytes; b.Len() == len(b.String()).
func (b *Builder) Len() int

// Reset resets the Builder to be empty.
func (b *Builder) Reset()

// String returns the accumulated string.
func (b *Builder) String() string

// Write appends the contents of p to b's buffer.
func (b *Builder) Write(p []byte) (int, error)

// WriteByte appends the byte c to b's buffer.
func (b *Builder) WriteByte(c byte) error

// WriteRune appends the UTF-8 encoding of Unicode code point r to b's buffer.
func (b *Builder) WriteRune(r rune) (int, error)

// WriteString appends the contents of s to b's buffer.
func (b *Builder) WriteString(s string) (int, error)

// A Reader implements the io.Reader, io.ReaderAt, io.ByteReader, io.ByteScanner, io.RuneReader,
// io.RuneScanner, io.Seeker, and io.WriterTo interfaces by reading from a string.
type Reader struct {
	s        string
	i        int64
	prevRune int
}

// Len returns the number of bytes of the unread portion of the string.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Read implements the io.Reader interface.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}

// ReadAt implements the io.ReaderAt interface.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return
}

// ReadByte implements the io.ByteReader interface.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

// ReadRune implements the io.RuneReader interface.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return
}

// Reset resets the Reader to be reading from s.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

// Seek implements the io.Seeker interface.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

// Size returns the original length of the underlying string.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// UnreadByte implements the io.ByteScanner interface.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// UnreadRune implements the io.RuneScanner interface.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// WriteTo implements the io.WriterTo interface.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	s := r.s[r.i:]
	m, err := io.WriteString(w, s)
	if m > len(s) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(s) && err == nil {
		err = io.ErrShortWrite
	}
	return
}

// Replacer replaces a list of strings with replacements.
type Replacer struct {
	oldnew []string
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	if !r.replace(&b, s) {
		return s
	}
	return b.String()
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}

// replace writes s with the replacements to b and reports whether there
// were any. It has the semantics of all of Go's replacer algorithms: the
// leftmost match wins, among the old strings matching there the earliest
// pair, matches do not overlap, and an empty old string matches at every
// position but not twice in a row.
func (r *Replacer) replace(b *Builder, s string) bool {
	last, matched, prevMatchEmpty := 0, false, false
	for i := 0; i <= len(s); {
		found, keylen, val := false, 0, ""
		for j := 0; j < len(r.oldnew); j += 2 {
			old := r.oldnew[j]
			if (old != "" || !prevMatchEmpty) && HasPrefix(s[i:], old) {
				found, keylen, val = true, len(old), r.oldnew[j+1]
				break
			}
		}
		prevMatchEmpty = found && keylen == 0
		if !found {
			i++
			continue
		}
		matched = true
		b.WriteString(s[last:i])
		b.WriteString(val)
		i += keylen
		last = i
	}
	b.WriteString(s[last:])
	return matched
}
