// errorcheck

package main

func main() {
	s := []int{1, 2, 3, 4}
	_ = s[3:1] // ERROR "invalid slice indices: 1 < 3"
}
