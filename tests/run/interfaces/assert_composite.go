// run

package main

import "fmt"

func main() {
	var x interface{} = map[string][]int{"a": {1}}
	fmt.Println(x.(map[string][]int))
	fmt.Println(x.(map[string]int))
}
