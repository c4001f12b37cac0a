// errorcheck

package main

func f() int { return 1 }

func main() {
	if n := f(); true { // ERROR "n declared but not used"
	}
}
