// run

package main

import "fmt"

// Go 1.19: panic(nil) is recovered by recover(), which returns nil, so the
// function returns normally and cannot tell that it panicked.

func f() (status string) {
	status = "before"
	defer func() {
		r := recover()
		fmt.Println("recover returned nil:", r == nil)
		status += ", deferred ran"
	}()
	panic(nil)
}

func g() (n int) {
	defer func() {
		if r := recover(); r != nil {
			n = 1
		} else {
			n = 2
		}
	}()
	var e error
	panic(e)
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
	fmt.Println("program continues")
}
