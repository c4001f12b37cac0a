// errorcheck

package main

var x int = y // ERROR "initialization loop for x"
var y int = x

func main() {
	_ = x
}
