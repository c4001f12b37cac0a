// run

package main

import "fmt"

type MyInt int

func main() {
	var x interface{} = MyInt(3)
	fmt.Println(x.(MyInt))
	_, ok := x.(int)
	fmt.Println(ok)
	var y interface{} = []string{"a"}
	fmt.Println(y.([]string))
	fmt.Println(x.(int))
}
