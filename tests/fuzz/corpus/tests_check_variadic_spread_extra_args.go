// errorcheck

package main

func sum(xs ...int) int { return 0 }

func main() {
	s := []int{1, 2}
	sum(1, s...) // ERROR "too many arguments in call to sum"
}
