// errorcheck

package main

type P struct {
	x int, // ERROR "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"
	y int
}

func main() {
}
