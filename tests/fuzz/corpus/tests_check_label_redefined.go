// errorcheck

package main

func main() {
L:
	for {
		break L
	}
L: // ERROR "label L already defined at"
	println()
}
