// run

package main

import "fmt"

func main() {
	var s []byte
	for i := 0; i < 2500; i++ {
		s = append(s, byte(i))
		fmt.Println(len(s), cap(s))
	}
	fmt.Println(s[0], s[255], s[256], s[2499])
}
