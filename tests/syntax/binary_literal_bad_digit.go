// errorcheck

package main

func main() {
	x := 0b102 // ERROR "invalid digit '2' in binary literal"
	println(x)
}
