// run

// An unrecovered failed type assertion in a program that imports runtime: the
// report prints the *runtime.TypeAssertionError's text.

package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	var e interface{} = []int{1}
	_ = e.(map[string]int)
}
