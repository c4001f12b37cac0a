// errorcheck

package main

func main() {
	println("a", "b" // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
}
