// run

package main

import "fmt"

func sum(p *[4]int) int {
	t := 0
	for i := 0; i < len(p); i++ {
		t += p[i]
	}
	return t
}

func main() {
	a := [4]int{1, 2, 3, 4}
	fmt.Println(len(a), sum(&a))
	var p *[4]int
	fmt.Println(len(p))
	fmt.Println(sum(p))
}
