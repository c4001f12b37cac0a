// run

package main

import "fmt"

// A function literal called (not deferred) from the deferred function gets
// nil from recover; the panic goes on and reaches the caller's deferred
// recover, after the frame's other deferred calls run.

func f() {
	defer fmt.Println("f's first defer still runs")
	defer func() {
		g := func() interface{} { return recover() }
		fmt.Println("nested literal got", g())
		func() {
			defer func() {
				fmt.Println("defer inside nested literal got", recover())
			}()
		}()
	}()
	panic("from f")
}

func main() {
	defer func() {
		fmt.Println("main recovered", recover())
	}()
	f()
	fmt.Println("unreachable")
}
