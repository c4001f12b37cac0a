// errorcheck

package main

func main() {
	x := 99999999999999999999 // ERROR "cannot use 99999999999999999999 \(untyped int constant\) as int value in assignment \(overflows\)"
	_ = x
}
