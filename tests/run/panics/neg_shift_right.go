// run

package main

import "fmt"

func main() {
	var x int8 = -64
	counts := []int16{0, 2, 4, 8, -3}
	for _, c := range counts {
		fmt.Println(x, ">>", c, "=", x>>c)
	}
}
