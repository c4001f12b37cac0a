// run

package main

import "fmt"

func main() {
	s := []int{10, 20, 30}
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += s[i]
	}
	fmt.Println("sum", sum)
	idx := len(s) + 2
	fmt.Println("about to read index", idx)
	fmt.Println(s[idx])
	fmt.Println("unreachable")
}
