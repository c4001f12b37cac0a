// run

package main

import "fmt"

type code int

func main() {
	defer func() {
		r := recover()
		fmt.Println("cleanup, then re-raise", r)
		panic(r)
	}()
	panic(code(7))
}
