// errorcheck

package main

func main() {
	a := [...]int{0: 1, 1: 2, 0: 3} // ERROR "duplicate index 0 in array or slice literal"
	_ = a
}
