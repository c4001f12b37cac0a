// run

package main

import (
	"fmt"
	"runtime"
)

// runtime.Goexit runs the goroutine's deferred calls; in the main goroutine
// the program then has no goroutines left.

func f() {
	defer fmt.Println("f deferred runs")
	defer func() {
		fmt.Println("recover during Goexit:", recover())
	}()
	runtime.Goexit()
	fmt.Println("unreachable")
}

func main() {
	defer fmt.Println("main deferred runs")
	f()
	fmt.Println("unreachable in main")
}
