// errorcheck

package main

func main() {
	goto
} // ERROR "syntax error: unexpected }, expecting name"
