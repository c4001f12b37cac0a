// errorcheck

package main

func f() {
	x := 1 2 // ERROR "syntax error: unexpected literal 2 at end of statement"
	_ = x
}

func g() {
L: // ERROR "label L defined and not used"
	for {
	}
	break // ERROR "break is not in a loop, switch, or select"
}

func main() {}
