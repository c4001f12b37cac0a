// errorcheck

package main

func main() {
	a := []int{1}
	b := []int{1}
	println(a == b) // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
}
