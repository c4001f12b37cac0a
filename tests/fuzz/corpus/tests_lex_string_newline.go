// errorcheck

// An interpreted string ends at the end of its line; the error is at the
// newline. A raw string may span lines.

package main

func main() {
	s := "no closing quote // ERROR `newline in string`
	t := `raw strings
may span lines`
	println(s, t)
}
