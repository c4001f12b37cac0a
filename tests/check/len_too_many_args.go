// errorcheck

package main

func main() {
	s := []int{}
	_ = len(s, s) // ERROR "too many arguments for len\(s, s\)"
}
