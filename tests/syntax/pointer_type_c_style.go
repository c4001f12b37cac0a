// errorcheck

package main

func main() {
	var p int* // ERROR "syntax error: unexpected \* at end of statement"
	_ = p
}
