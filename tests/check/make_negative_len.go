// errorcheck

package main

func main() {
	s := make([]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = s
}
