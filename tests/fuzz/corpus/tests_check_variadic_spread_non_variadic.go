// errorcheck

package main

func f(a, b int) {}

func main() {
	s := []int{1, 2}
	f(s...) // ERROR "cannot use ... in call to non-variadic f"
}
