// run

package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(len(m), m["a"])
	delete(m, "a")
	m["a"] = 1
	fmt.Println("unreachable")
}
