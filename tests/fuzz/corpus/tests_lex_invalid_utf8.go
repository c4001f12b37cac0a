// errorcheck

// Source must be UTF-8: an invalid byte is reported wherever it is, and is
// otherwise ignored.

package main

func main() {
	s := "café" // ERROR "invalid UTF-8 encoding"
	// Latin-1 in a comment: déjà vu // ERROR "invalid UTF-8 encoding"
	t := s +ÿ s // ERROR "invalid UTF-8 encoding"
	u := "í €" // ERROR "invalid UTF-8 encoding"
	v := `À€` // ERROR "invalid UTF-8 encoding"
	println(s, t, u, v)
}
