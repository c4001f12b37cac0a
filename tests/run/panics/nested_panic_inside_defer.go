// run

package main

import "fmt"

// While panicking, a deferred call runs a function that panics and recovers
// by itself; the original panic is still in progress and is then recovered.

func inner(tag string) {
	defer func() {
		fmt.Println(tag, "inner recovered:", recover())
	}()
	panic("inner " + tag)
}

func f() (res string) {
	defer func() {
		inner("a")
		r := recover()
		fmt.Println("after inner recovery, outer recover:", r)
		res = fmt.Sprint("f recovered ", r)
	}()
	defer func() {
		inner("b")
		fmt.Println("deferred call b finished without recovering")
	}()
	panic("outer")
}

func main() {
	fmt.Println(f())
	inner("c")
	fmt.Println("main done")
}
