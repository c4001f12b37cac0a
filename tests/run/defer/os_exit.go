// run

package main

import (
	"fmt"
	"os"
)

func cleanup(s string) { fmt.Println("deferred cleanup", s, "(must not run)") }

func inner() {
	defer cleanup("inner")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered (must not happen)", r)
		}
	}()
	fmt.Println("inner: exiting with status 3")
	os.Exit(3)
}

func outer() {
	defer cleanup("outer")
	inner()
	fmt.Println("unreachable")
}

func main() {
	defer cleanup("main")
	func() {
		defer fmt.Println("a deferred call that does run, before os.Exit")
	}()
	fmt.Print("output before exit is not lost ")
	fmt.Println("(buffered)")
	outer()
}
