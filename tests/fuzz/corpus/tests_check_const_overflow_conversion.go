// errorcheck

package main

func main() {
	b := byte(256) // ERROR "cannot convert 256 \(untyped int constant\) to type byte|constant 256 overflows byte"
	_ = b
}
