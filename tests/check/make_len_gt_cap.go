// errorcheck

package main

func main() {
	s := make([]int, 10, 5) // ERROR "invalid argument: length and capacity swapped"
	_ = s
}
