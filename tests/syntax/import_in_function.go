// errorcheck

package main

func main() {
	import "fmt" // ERROR "syntax error: unexpected import, expecting }"
}
