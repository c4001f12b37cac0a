// errorcheck

// A block comment that spans lines acts as a newline: after return it ends
// the statement, so the 1 that follows is a statement of its own.

package main

func f() {
	return /* the comment spans
	lines, so it ends the return */ 1 // ERROR "1 .*is not used"
}

func main() {
	f()
	x := 1 /* one line */ + 1
	x++ /* ends
	*/ x--
	println(x)
}
