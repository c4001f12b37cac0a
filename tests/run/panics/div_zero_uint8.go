// run

package main

import "fmt"

func avg(sum uint8, n uint8) uint8 {
	return sum / n
}

func main() {
	fmt.Println(avg(200, 4))
	fmt.Println(avg(255, 255))
	var n uint8 = 255
	n++
	fmt.Println("n wrapped to", n)
	fmt.Println(avg(10, n))
}
