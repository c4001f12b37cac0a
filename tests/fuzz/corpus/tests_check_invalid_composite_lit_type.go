// errorcheck

package main

func main() {
	x := int{1} // ERROR "invalid composite literal type int"
	_ = x
}
