// run

package main

import "fmt"

func main() {
	var x interface{} = "hello"
	if n, ok := x.(int); !ok {
		fmt.Println("not an int", n)
	}
	s := x.(string)
	fmt.Println(s)
	n := x.(int)
	fmt.Println("unreachable", n)
}
