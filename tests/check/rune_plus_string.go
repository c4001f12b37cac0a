// errorcheck

package main

func main() {
	s := 'a' + "b" // ERROR "invalid operation: .a. \+ .b. \(mismatched types untyped rune and untyped string\)"
	_ = s
}
