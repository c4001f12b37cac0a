// run

package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(len(s), cap(s), s[:5])
	hi := cap(s) + 1
	fmt.Println("slicing to", hi)
	t := s[1:hi]
	fmt.Println(t)
}
