// errorcheck

package main

var default = 1 // ERROR "syntax error: unexpected default, expecting name"

func main() {
}
