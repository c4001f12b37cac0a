// errorcheck

package main

func main() {
	goto 5 // ERROR "syntax error: unexpected literal 5, expecting name"
}
