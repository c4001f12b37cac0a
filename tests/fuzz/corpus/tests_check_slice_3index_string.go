// errorcheck

package main

func main() {
	s := "hello"
	_ = s[1:2:3] // ERROR "invalid operation: 3-index slice of string"
}
