// errorcheck

package main

func main() {
	s := []int{1}
	x := range s // ERROR "syntax error: unexpected range, expecting expression"
	_ = x
}
