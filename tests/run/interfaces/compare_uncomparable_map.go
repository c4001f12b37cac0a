// run

package main

import "fmt"

func main() {
	m := map[string]int{}
	var a interface{} = m
	var b interface{} = m
	fmt.Println(a != nil)
	fmt.Println(a == b)
}
