// run

package main

import "fmt"

func main() {
	// a lookup in an empty (even nil) map still hashes the key
	var m map[interface{}]bool
	fmt.Println(m[1], len(m))
	var f interface{} = map[string]int{}
	fmt.Println(m[f])
	fmt.Println("unreachable")
}
