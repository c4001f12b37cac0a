// errorcheck

package main

func main() {
	a := map[int]int{}
	b := map[int]int{}
	println(a != b) // ERROR "invalid operation: a != b \(map can only be compared to nil\)"
}
