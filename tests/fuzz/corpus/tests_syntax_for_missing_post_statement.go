// errorcheck

package main

func main() {
	for i := 0; i < 3 { // ERROR "syntax error: unexpected {, expecting semicolon or newline"
		println(i) // ERROR "syntax error: unexpected newline, expecting { after for clause"
	}
}
