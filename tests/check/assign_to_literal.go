// errorcheck

package main

func main() {
	1 = 2 // ERROR "cannot assign to 1 \(untyped int constant\)"
}
