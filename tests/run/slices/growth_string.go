// run

package main

import "fmt"

func main() {
	var s []string
	for i := 0; i < 2000; i++ {
		s = append(s, fmt.Sprint(i))
		fmt.Println(len(s), cap(s))
	}
	fmt.Println(s[0], s[1000], s[1999])
}
