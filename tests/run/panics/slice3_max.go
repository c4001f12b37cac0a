// run

package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3:5]
	fmt.Println(s, len(s), cap(s))
	m := 7
	t := arr[1:3:m]
	fmt.Println(t)
}
