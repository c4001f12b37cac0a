// run

package main

import "fmt"

func main() {
	// len and cap after every append: Go 1.19 doubles below 256 elements, then
	// grows by (newcap + 3*256)/4 steps, and rounds up to malloc size classes.
	var s []int
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	fmt.Println(s[0], s[999], s[1999])
}
