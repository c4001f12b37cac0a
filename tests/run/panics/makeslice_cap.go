// run

package main

import "fmt"

func main() {
	n, c := 3, 5
	s := make([]int, n, c)
	fmt.Println(len(s), cap(s))
	n = 8
	t := make([]int, n, c)
	fmt.Println(len(t), cap(t))
}
