// run

package main

import "fmt"

func main() {
	vals := []int32{17, 5, 3, 1, 0}
	for _, d := range vals {
		fmt.Println("100 %", d, "=", int32(100)%d)
	}
}
