// errorcheck

package main

func main() {
	x int := 1 // ERROR "syntax error: unexpected int at end of statement"
	println(x)
}
