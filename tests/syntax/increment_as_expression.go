// errorcheck

package main

func main() {
	x := 0
	y := x++ // ERROR "syntax error: unexpected \+\+ at end of statement"
	println(y)
}
