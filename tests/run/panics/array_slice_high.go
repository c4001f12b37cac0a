// run

package main

import "fmt"

func main() {
	var a [6]int
	for i := range a {
		a[i] = i
	}
	n := 4
	fmt.Println(a[2:n])
	n += 3
	fmt.Println(a[2:n])
}
