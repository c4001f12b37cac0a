// errorcheck

package main

func main() {
	n := 3
	s := "x" + n // ERROR "invalid operation: .x. \+ n \(mismatched types untyped string and int\)"
	_ = s
}
