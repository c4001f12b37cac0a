// errorcheck

package main

func main() {
	x := make(int, 1) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = x
}
