// run

package main

import "fmt"

func main() {
	var x interface{}
	v, ok := x.(int)
	fmt.Println(v, ok)
	fmt.Println(x.(int))
}
