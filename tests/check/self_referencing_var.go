// errorcheck

package main

func main() {
	var x = x // ERROR "undefined: x"
	_ = x
}
