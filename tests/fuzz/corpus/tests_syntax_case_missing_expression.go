// errorcheck

package main

func main() {
	x := 1
	switch x {
	case: // ERROR "syntax error: unexpected :, expecting expression"
	} // ERROR "syntax error: unexpected }, expecting :"
}
