// Package utf16: the API golite's type checker sees for import "unicode/utf16".
//
// Names, signatures and constant values are Go 1.19's (src/unicode/utf16, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package utf16

// Decode returns the Unicode code point sequence represented by the UTF-16 encoding s.
func Decode(s []uint16) []rune

// DecodeRune returns the UTF-16 decoding of a surrogate pair.
func DecodeRune(r1, r2 rune) rune

// Encode returns the UTF-16 encoding of the Unicode code point sequence s.
func Encode(s []rune) []uint16

// EncodeRune returns the UTF-16 surrogate pair r1, r2 for the given rune.
func EncodeRune(r rune) (r1, r2 rune)

// IsSurrogate reports whether the specified Unicode code point can appear in a surrogate pair.
func IsSurrogate(r rune) bool
