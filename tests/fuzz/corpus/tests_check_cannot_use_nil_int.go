// errorcheck

package main

func main() {
	var n int = nil // ERROR "cannot use nil as int value in variable declaration"
	_ = n
}
