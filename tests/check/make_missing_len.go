// errorcheck

package main

func main() {
	s := make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = s
}
