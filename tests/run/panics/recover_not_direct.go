// run

package main

import "fmt"

// recover only stops a panic when called directly by the deferred function.

func helper() interface{} {
	return recover()
}

func viaHelper() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recover: ", recover())
	}()
	defer func() {
		r := helper()
		fmt.Println("recover via helper:", r)
	}()
	panic("p1")
}

func nestedLiteral() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recover: ", recover())
	}()
	defer func() {
		func() {
			fmt.Println("recover in nested literal:", recover())
		}()
	}()
	panic("p2")
}

func deferredHelper() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recover: ", recover())
	}()
	// helper is the deferred function itself: it calls recover directly
	defer helper()
	panic("p3")
}

func withRecover() interface{} {
	defer func() {
		// a deferred call inside a function that is itself not deferred
		fmt.Println("recover in defer of a plain call:", recover())
	}()
	return nil
}

func callsPlain() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recover: ", recover())
	}()
	defer func() {
		withRecover()
	}()
	panic("p4")
}

func main() {
	fmt.Println(viaHelper())
	fmt.Println(nestedLiteral())
	fmt.Println(deferredHelper())
	fmt.Println(callsPlain())
}
