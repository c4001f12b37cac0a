// errorcheck

package main

func main() {
	var x // ERROR "syntax error: unexpected newline, expecting type"
	x = 1
}
