// errorcheck

package main

func main() {
	s := "42"
	n := int(s) // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = n
}
