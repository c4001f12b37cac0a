// errorcheck

package main

func main() {
	var s string
	x := 5
	s = x // ERROR "cannot use x \(variable of type int\) as type string in assignment"
	_ = s
}
