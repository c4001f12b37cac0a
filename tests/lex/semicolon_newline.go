// errorcheck

// A newline after a name, literal, return, break, continue, fallthrough,
// ++, --, ), ] or } ends the statement: the brace must be on the same line.

package main

func main() {
	x := 1
	if x > 0 // ERROR "unexpected newline, expecting { after if clause"
	{
	}
}
