// errorcheck

package main

func main() {
	x := 1e // ERROR "exponent has no digits"
	println(x)
}
