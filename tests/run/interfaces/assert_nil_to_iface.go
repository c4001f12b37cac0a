// run

package main

import "fmt"

func main() {
	var x interface{}
	st, ok := x.(fmt.Stringer)
	fmt.Println(st, ok)
	st = x.(fmt.Stringer)
	fmt.Println("unreachable", st)
}
