// errorcheck

package main

func main() {
	for i := 0; i < 3; i++ println(i) // ERROR "syntax error: unexpected println, expecting { after for clause"
}
