// run

package main

import "fmt"

func main() {
	var a, b interface{} = 1, "x"
	fmt.Println(a == b) // different dynamic types: false, no panic
	a, b = []int{1}, 2
	fmt.Println(a == b) // still different types
	b = []int{1}
	fmt.Println(a == b)
}
