// errorcheck

package main

func main() {
	n := 1
	goto inside // ERROR "goto inside jumps into block starting at"
	if n > 0 {
	inside:
		println("in")
	}
}
