// errorcheck

package main

func main() {
	default: // ERROR "syntax error: unexpected default, expecting }"
}
