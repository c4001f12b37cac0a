// errorcheck

package main

func main() {
	x := 1
	x + 1  // ERROR "x \+ 1 \(value of type int\) is not used"
	x == 2 // ERROR "x == 2 \(untyped bool value\) is not used"
}
