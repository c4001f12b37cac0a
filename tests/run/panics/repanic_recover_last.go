// run

package main

import "fmt"

// A panic raised by a deferred call while panicking replaces the first: a
// later recover gets the newest value, and the program goes on.

func inner() {
	defer func() {
		panic("replacement")
	}()
	panic("original")
}

func middle() (got interface{}) {
	defer func() {
		got = recover()
	}()
	inner()
	return "unreachable"
}

func twice() (log []string) {
	defer func() {
		log = append(log, fmt.Sprint("outer recovered: ", recover()))
	}()
	defer func() {
		log = append(log, fmt.Sprint("inner recovered: ", recover()))
		panic("from the deferred call after recovery")
	}()
	panic("first")
}

func main() {
	fmt.Println("middle got:", middle())
	for _, l := range twice() {
		fmt.Println(l)
	}
	fmt.Println("done")
}
