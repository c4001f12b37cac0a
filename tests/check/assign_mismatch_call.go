// errorcheck

package main

func f() int { return 1 }

func main() {
	a, b := f() // ERROR "assignment mismatch: 2 variables but f returns 1 value"
	_, _ = a, b
}
