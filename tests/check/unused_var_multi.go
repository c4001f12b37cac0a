// errorcheck

package main

func f() (int, string) { return 1, "a" }

func main() {
	a, b := f() // ERROR "a declared but not used" "b declared but not used"
	var c int   // ERROR "c declared but not used"
}
