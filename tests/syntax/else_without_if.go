// errorcheck

package main

func main() {
	else { // ERROR "syntax error: unexpected else, expecting }"
	}
}
