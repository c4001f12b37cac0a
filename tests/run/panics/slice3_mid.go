// run

package main

import "fmt"

func main() {
	s := make([]int, 4, 10)
	j, k := 6, 5
	fmt.Println(len(s[1:j:8]), cap(s[1:j:8]))
	t := s[1:j:k]
	fmt.Println(t)
}
