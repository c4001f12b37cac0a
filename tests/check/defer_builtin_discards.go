// errorcheck

package main

func main() {
	s := []int{}
	defer len(s) // ERROR "defer discards result of len\(s\)"
}
