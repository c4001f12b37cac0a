// errorcheck

package main

func main() {
	var b byte = 1
	b = b + 256 // ERROR "256 \(untyped int constant\) overflows byte"
	_ = b
}
