// run

package main

import (
	"errors"
	"fmt"
)

func f() {
	defer func() {
		panic(errors.New("third"))
	}()
	defer func() {
		recover()
		panic(2)
	}()
	fmt.Println("f panics")
	panic("first")
}

func main() {
	defer fmt.Println("main's defer runs")
	f()
}
