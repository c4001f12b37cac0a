// errorcheck

package main

func two() (int, int) { return 1, 2 }

// A failed assignment counts as a use of its targets, as types2 counts it:
// no follow-on "declared but not used".
func f() {
	var a, b int
	a, b = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var x int
	x = "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in assignment"
	var y, z string
	y, z = two() // ERROR "cannot use two\(\) \(value of type int\) as type string in assignment"
}

func main() { f() }
