// run

// debug.SetMaxStack returns the previous limit (1000000000 at start); a
// recursion past a lowered limit is Go's fatal stack overflow with that limit.

package main

import (
	"fmt"
	"runtime/debug"
)

var depth int

func recurse(n int) int {
	depth++
	var pad [16]int
	pad[n%16] = n
	return recurse(n+1) + pad[3]
}

func main() {
	fmt.Println(debug.SetMaxStack(1 << 30))
	fmt.Println(debug.SetMaxStack(-1))
	fmt.Println(debug.SetMaxStack(1000000000))
	// a deep recursion within the limit is fine
	var f func(int) int
	f = func(n int) int {
		if n == 0 {
			return 0
		}
		return f(n-1) + 1
	}
	fmt.Println(f(10000))
	fmt.Println(debug.SetMaxStack(1 << 20))
	recurse(0)
}
