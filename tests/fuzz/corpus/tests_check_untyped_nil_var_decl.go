// errorcheck

package main

var p = nil // ERROR "use of untyped nil in variable declaration"

func main() {
	_ = p
}
