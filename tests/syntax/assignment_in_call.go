// errorcheck

package main

func main() {
	x := 1
	println(x = 2) // ERROR "syntax error: unexpected = in argument list; possibly missing comma or \)"
}
