// errorcheck

package main

func main() {
	var ch chan int
	ch -< 1 // ERROR "syntax error: unexpected <, expecting expression"
}
