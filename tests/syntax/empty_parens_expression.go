// errorcheck

package main

func main() {
	var x int = () // ERROR "syntax error: unexpected \), expecting expression"
	_ = x
}
