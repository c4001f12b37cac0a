// errorcheck

package main

func main() {
	s := []int{1, 2, 3}
	f := 1.0
	_ = s[f] // ERROR "invalid argument: index f \(variable of type float64\) must be integer"
}
