// errorcheck

package main

func main() {
	a, b := 1, 2, 3  // ERROR "assignment mismatch: 2 variables but 3 values"
	var c, d int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _, _, _ = a, b, c, d
}
