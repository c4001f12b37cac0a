// run

package main

import "fmt"

func main() {
	var s []int
	fmt.Println(len(s), cap(s), s == nil)
	s = append(s, 1)
	s = s[:0]
	fmt.Println(len(s), cap(s))
	fmt.Println(s[:1])
	fmt.Println(s[0])
}
