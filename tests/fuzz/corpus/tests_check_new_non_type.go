// errorcheck

package main

func main() {
	p := new(1) // ERROR "1 is not a type"
	_ = p
}
