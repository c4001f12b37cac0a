// errorcheck

package main

type P struct {
	x int json // ERROR "syntax error: unexpected json in struct type; possibly missing semicolon or newline or }"
}

func main() {
}
