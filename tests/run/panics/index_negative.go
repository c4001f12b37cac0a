// run

package main

import "fmt"

func main() {
	var arr [5]int
	for i := range arr {
		arr[i] = i * i
	}
	i := 2
	for {
		fmt.Println("arr[", i, "] =", arr[i])
		i--
	}
}
