// errorcheck

package main

const c byte = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in constant declaration \(overflows\)"

func main() {
	_ = c
}
