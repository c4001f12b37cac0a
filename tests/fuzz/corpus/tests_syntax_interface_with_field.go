// errorcheck

package main

type I interface {
	x int // ERROR "syntax error: unexpected int in interface type; possibly missing semicolon or newline or }"
}

func main() {
}
