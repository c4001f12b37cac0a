// run

package main

import "fmt"

func main() {
	s := make([]byte, 2, 3)
	fmt.Println(len(s), cap(s))
	n := 5
	t := s[:3]
	fmt.Println(len(t), cap(t))
	u := s[:n]
	fmt.Println(len(u))
}
