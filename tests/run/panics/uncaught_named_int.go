// run

package main

import "fmt"

type T int

func main() {
	var t T = 5
	fmt.Println("t =", t)
	panic(t)
}
