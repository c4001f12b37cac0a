// errorcheck

package main

func main() {
	s := []int{1, "two", 3} // ERROR "cannot use .two. \(untyped string constant\) as int value in array or slice literal"
	_ = s
}
