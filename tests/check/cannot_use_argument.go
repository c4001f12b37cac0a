// errorcheck

package main

func greet(name string) {}

func main() {
	greet(42) // ERROR "cannot use 42 \(untyped int constant\) as string value in argument to greet"
}
