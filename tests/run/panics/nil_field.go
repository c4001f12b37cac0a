// run

package main

import "fmt"

type node struct {
	val  int
	next *node
}

func main() {
	var head *node
	for i := 3; i > 0; i-- {
		head = &node{i, head}
	}
	n := head
	for i := 0; i < 5; i++ {
		fmt.Println("value", n.val)
		n = n.next
	}
}
