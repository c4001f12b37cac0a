// run

package main

import "fmt"

func main() {
	s := make([]int, 4, 10)
	i, j := 3, 2
	t := s[i:j:4]
	fmt.Println(t)
}
