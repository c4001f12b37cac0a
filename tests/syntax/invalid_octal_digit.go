// errorcheck

package main

func main() {
	x := 09 // ERROR "invalid digit '9' in octal literal"
	println(x)
}
