// errorcheck

package main

func main() {
	var a [4]int
	_ = a[1:9] // ERROR "invalid argument: index 9 out of bounds \[0:5\]"
}
