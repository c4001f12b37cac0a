// errorcheck

package main

func main() {
	x := 1
	switch x {
	case 1 // ERROR "syntax error: unexpected newline, expecting :"
		println("one")
	}
}
