// run

package main

import "fmt"

type T struct {
	counts map[int]int
}

func main() {
	var t T
	fmt.Println(t.counts[5])
	t.counts[5]++
	fmt.Println("unreachable")
}
