// errorcheck

package main

func main() {
	x := 1
	println(x++) // ERROR "syntax error: unexpected \+\+ in argument list; possibly missing comma or \)"
}
