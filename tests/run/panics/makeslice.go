// run

package main

import "fmt"

func alloc(n int) []int {
	return make([]int, n)
}

func main() {
	for _, n := range []int{0, 1, 5} {
		fmt.Println(n, len(alloc(n)))
	}
	n := 3 - 5
	fmt.Println("allocating", n)
	s := alloc(n)
	fmt.Println(len(s))
}
