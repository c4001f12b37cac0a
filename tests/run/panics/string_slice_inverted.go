// run

package main

import "fmt"

func main() {
	s := "golite"
	i, j := 4, 1
	fmt.Println(s[j:i])
	fmt.Println(s[i:j])
}
