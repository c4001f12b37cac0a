// run

package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for lo := 0; lo <= 5; lo++ {
		fmt.Println(lo, s[lo:])
	}
}
