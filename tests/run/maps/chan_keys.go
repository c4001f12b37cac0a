// run

package main

import "fmt"

func main() {
	// channels are compared (and hashed) by identity
	c1, c2 := make(chan int), make(chan int, 1)
	var cn chan int
	mc := map[chan int]int{c1: 1, c2: 2, cn: 3}
	fmt.Println(mc[c1], mc[c2], mc[nil], mc[make(chan int)], len(mc))
	var ro <-chan int = c1
	mi := map[interface{}]string{c1: "c1", ro: "ro"}
	fmt.Println(len(mi), mi[c1], mi[ro])
}
