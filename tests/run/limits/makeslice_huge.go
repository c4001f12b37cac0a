// run

// A length no allocation can hold is Go's makeslice panic, never a host
// signal or an attempt to allocate.
package main

import "fmt"

func try(n int) {
	defer func() { fmt.Println("recovered:", recover()) }()
	s := make([]byte, n)
	fmt.Println(len(s))
}

func main() {
	try(1 << 62)
	try(-1 + len(fmt.Sprint()))
	var big []int64
	defer fmt.Println("deferred before the fatal panic")
	big = make([]int64, 1<<61)
	fmt.Println(len(big))
}
