// errorcheck

package main

type T struct{ x int }

func main() {
	_ = (T){1}          // ERROR "cannot parenthesize type in composite literal"
	_ = ([]int){1, 2}   // ERROR "cannot parenthesize type in composite literal"
	_ = (map[int]int){} // ERROR "cannot parenthesize type in composite literal"
}
