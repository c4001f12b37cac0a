// run

package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	for k := 2; k < 8; k++ {
		t := s[0:2:k]
		fmt.Println(k, len(t), cap(t))
	}
}
