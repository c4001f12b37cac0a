// run

package main

import "fmt"

func shl(x int, n int) int {
	return x << n
}

func main() {
	for n := 3; n >= -1; n-- {
		fmt.Println("1 <<", n, "=", shl(1, n))
	}
	fmt.Println("unreachable")
}
