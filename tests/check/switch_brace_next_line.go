// errorcheck

package main

func main() {
	x := 1
	// The newline after x inserts a semicolon: x becomes the switch's init
	// statement and the switch has no tag, so its cases must be booleans.
	switch x // ERROR "x \(variable of type int\) is not used"
	{
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to bool"
	}
}
