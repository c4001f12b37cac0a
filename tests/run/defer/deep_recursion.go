// run

package main

import "fmt"

// Deferred calls in every frame of a deep recursion, run on return and on a
// panic raised at the bottom and recovered at the top.

var unwound int

func down(n int, panicAt int) int {
	defer func() { unwound++ }()
	if n == panicAt {
		panic(fmt.Sprintf("bottom reached at %d", n))
	}
	if n == 0 {
		return 0
	}
	return down(n-1, panicAt) + 1
}

func top(n, panicAt int) (res int, err interface{}) {
	defer func() { err = recover() }()
	return down(n, panicAt), nil
}

func main() {
	fmt.Println(top(5000, -1))
	fmt.Println("unwound", unwound)
	unwound = 0
	fmt.Println(top(5000, 0))
	fmt.Println("unwound", unwound)
	unwound = 0
	fmt.Println(top(5000, 2500))
	fmt.Println("unwound", unwound)
}
