// Package utf8: the API golite's type checker sees for import "unicode/utf8".
//
// Names, signatures and constant values are Go 1.19's (src/unicode/utf8, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package utf8

// Numbers fundamental to the encoding.
const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended buffer.
func AppendRune(p []byte, r rune) []byte

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune and its width in
// bytes.
func DecodeLastRune(p []byte) (r rune, size int)

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int)

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and its width in bytes.
func DecodeRune(p []byte) (r rune, size int)

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int)

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the rune.
func EncodeRune(p []byte, r rune) int

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of a rune.
func FullRune(p []byte) bool

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool

// RuneCount returns the number of runes in p.
func RuneCount(p []byte) int

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int)

// RuneLen returns the number of bytes required to encode the rune.
func RuneLen(r rune) int

// RuneStart reports whether the byte could be the first byte of an encoded, possibly invalid
// rune.
func RuneStart(b byte) bool

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool
