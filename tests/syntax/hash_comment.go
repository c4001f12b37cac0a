// errorcheck

package main

func main() {
	x := 1 # increment // ERROR "invalid character U\+0023 '#'" "syntax error: unexpected increment at end of statement"
	println(x)
}
